package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code sale.recorded}: every sale, or those of at least minAmount. */
class SaleRecordedTriggerTest {

    private final SaleRecordedTrigger trigger = new SaleRecordedTrigger();

    @Test
    void aBigSaleFires() {
        Outcome outcome = trigger.matches(json("{\"minAmount\":1000}"), sale("1500.50"));
        assertThat(outcome.passed()).isTrue();
        assertThat((java.math.BigDecimal) outcome.seen().get("event.amount")).isEqualByComparingTo("1500.50");
        assertThat(trigger.matches(json("{}"), sale("1")).passed()).isTrue();
    }

    @Test
    void aSmallSaleDoesNotFire() {
        assertThat(trigger.matches(json("{\"minAmount\":1000}"), sale("999.99")).passed()).isFalse();
    }

    @Test
    void exactlyTheMinimumFires() {
        assertThat(trigger.matches(json("{\"minAmount\":1000.00}"), sale("1000")).passed()).isTrue();
    }

    @Test
    void aNegativeMinimumIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"minAmount\":-1}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.minAmount"));
    }

    private static Context sale(String amount) {
        return eventContext("sale.recorded", "{\"amount\":" + amount + ",\"currency\":\"BRL\"}");
    }
}
