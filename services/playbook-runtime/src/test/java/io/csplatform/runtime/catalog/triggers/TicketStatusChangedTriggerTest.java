package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code ticket.status.changed}: optional from / to lists of statuses. */
class TicketStatusChangedTriggerTest {

    private final TicketStatusChangedTrigger trigger = new TicketStatusChangedTrigger();

    @Test
    void aChangeIntoOneOfTheStatusesFires() {
        Outcome outcome = trigger.matches(json("{\"from\":[\"open\",\"pending\"],\"to\":[\"Solved\"]}"),
                change("\"Open\"", "solved"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.toStatus", "solved");
        assertThat(trigger.matches(json("{}"), change("\"open\"", "pending")).passed()).isTrue();
    }

    @Test
    void aChangeIntoAnotherStatusDoesNotFire() {
        assertThat(trigger.matches(json("{\"to\":[\"solved\"]}"), change("\"open\"", "pending")).passed()).isFalse();
    }

    @Test
    void anUnknownOldStatusNeverPassesAFromFilter() {
        assertThat(trigger.matches(json("{\"from\":[\"open\"]}"), change("null", "solved")).passed()).isFalse();
        assertThat(trigger.matches(json("{\"to\":[\"solved\"]}"), change("null", "solved")).passed()).isTrue();
    }

    @Test
    void anEmptyListIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"to\":[]}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.to"));
        assertThat(trigger.validate(json("{\"from\":\"open\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.from"));
    }

    private static Context change(String from, String to) {
        return eventContext("ticket.status.changed", "{\"fromStatus\":" + from + ",\"toStatus\":\"" + to + "\"}");
    }
}
