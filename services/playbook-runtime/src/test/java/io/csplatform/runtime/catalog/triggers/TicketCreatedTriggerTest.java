package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code ticket.created}: no parameters, every such event fires. */
class TicketCreatedTriggerTest {

    private final TicketCreatedTrigger trigger = new TicketCreatedTrigger();

    @Test
    void everyEventFiresAndSaysWhatItSaw() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("ticket.created", "{\"ticketId\":\"t1\",\"status\":\"open\",\"priority\":null}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsKey("ticketId");
    }

    @Test
    void aSparseEventStillFires() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("ticket.created", "{}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("ticketId", null);
    }

    @Test
    void anyParameterIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"mode\":\"ANY\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.mode"));
        assertThat(trigger.validate(json("{}"), "trigger.params")).isEmpty();
        assertThat(trigger.validate(null, "trigger.params")).isEmpty();
    }

    @Test
    void itsIdIsTheEventType() {
        assertThat(trigger.id()).isEqualTo("ticket.created");
    }
}
