package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code charge.upserted}: change created / changed / both (default). */
class ChargeUpsertedTriggerTest {

    private final ChargeUpsertedTrigger trigger = new ChargeUpsertedTrigger();

    @Test
    void aCreatedChargeFiresCreatedAndBoth() {
        Outcome outcome = trigger.matches(json("{\"change\":\"created\"}"), upserted("CREATED"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.change", "CREATED");
        assertThat(trigger.matches(json("{\"change\":\"both\"}"), upserted("CREATED")).passed()).isTrue();
    }

    @Test
    void aChangedChargeDoesNotFireCreated() {
        assertThat(trigger.matches(json("{\"change\":\"created\"}"), upserted("CHANGED")).passed()).isFalse();
        assertThat(trigger.matches(json("{\"change\":\"changed\"}"), upserted("CHANGED")).passed()).isTrue();
    }

    @Test
    void bothIsTheDefault() {
        assertThat(trigger.matches(json("{}"), upserted("CHANGED")).passed()).isTrue();
        assertThat(trigger.matches(json("{}"), upserted("CREATED")).passed()).isTrue();
    }

    @Test
    void anUnknownChangeIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"change\":\"CREATED\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.change"));
    }

    private static Context upserted(String change) {
        return eventContext("charge.upserted", "{\"change\":\"" + change + "\",\"status\":\"open\"}");
    }
}
