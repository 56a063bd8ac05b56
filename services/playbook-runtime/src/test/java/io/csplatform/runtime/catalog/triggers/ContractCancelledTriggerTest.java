package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.cancelled}: no parameters, every such event fires. */
class ContractCancelledTriggerTest {

    private final ContractCancelledTrigger trigger = new ContractCancelledTrigger();

    @Test
    void everyEventFiresAndSaysWhatItSaw() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("contract.cancelled", "{\"contractId\":\"c1\",\"reason\":\"price\",\"cancelledOn\":\"2026-11-24\"}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsKey("reason");
    }

    @Test
    void aSparseEventStillFires() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("contract.cancelled", "{}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("reason", null);
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
        assertThat(trigger.id()).isEqualTo("contract.cancelled");
    }
}
