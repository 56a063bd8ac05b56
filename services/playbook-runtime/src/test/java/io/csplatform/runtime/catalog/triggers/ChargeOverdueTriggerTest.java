package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code charge.overdue}: no parameters, every such event fires. */
class ChargeOverdueTriggerTest {

    private final ChargeOverdueTrigger trigger = new ChargeOverdueTrigger();

    @Test
    void everyEventFiresAndSaysWhatItSaw() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("charge.overdue", "{\"chargeId\":\"ch1\",\"dueDate\":\"2026-11-20\",\"overdueCharges\":2}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsKey("chargeId");
    }

    @Test
    void aSparseEventStillFires() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("charge.overdue", "{}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("chargeId", null);
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
        assertThat(trigger.id()).isEqualTo("charge.overdue");
    }
}
