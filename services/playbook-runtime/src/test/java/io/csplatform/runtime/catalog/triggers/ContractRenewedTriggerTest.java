package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.renewed}: no parameters, every such event fires. */
class ContractRenewedTriggerTest {

    private final ContractRenewedTrigger trigger = new ContractRenewedTrigger();

    @Test
    void everyEventFiresAndSaysWhatItSaw() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("contract.renewed", "{\"contractId\":\"c1\",\"endDate\":\"2027-11-30\",\"automatic\":true}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsKey("contractId");
    }

    @Test
    void aSparseEventStillFires() {
        Outcome outcome = trigger.matches(json("{}"), eventContext("contract.renewed", "{}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contractId", null);
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
        assertThat(trigger.id()).isEqualTo("contract.renewed");
    }
}
