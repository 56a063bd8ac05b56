package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code healthscore.changed}: optional from / to band and direction up / down / any. */
class HealthscoreChangedTriggerTest {

    private final HealthscoreChangedTrigger trigger = new HealthscoreChangedTrigger();

    @Test
    void aDropFromGoodToAtRiskFiresADownTrigger() {
        Outcome outcome = trigger.matches(json("{\"fromBand\":\"good\",\"toBand\":\"AT_RISK\",\"direction\":\"down\"}"),
                change(80, "GOOD", 42.5, "at_risk"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("direction", "down");
    }

    @Test
    void theWrongDirectionOrBandDoesNotFire() {
        assertThat(trigger.matches(json("{\"direction\":\"up\"}"), change(80, "GOOD", 42.5, "AT_RISK")).passed()).isFalse();
        assertThat(trigger.matches(json("{\"toBand\":\"GOOD\"}"), change(80, "GOOD", 42.5, "AT_RISK")).passed()).isFalse();
    }

    @Test
    void aFirstScorePassesOnlyDirectionAny() {
        Context first = eventContext("healthscore.changed",
                "{\"fromScore\":null,\"fromBand\":null,\"toScore\":70,\"toBand\":\"GOOD\"}");
        assertThat(trigger.matches(json("{}"), first).passed()).isTrue();
        assertThat(trigger.matches(json("{\"direction\":\"up\"}"), first).passed()).isFalse();
        assertThat(trigger.matches(json("{\"fromBand\":\"GOOD\"}"), first).passed()).isFalse();
        assertThat(trigger.matches(json("{\"direction\":\"up\"}"), change(70, "GOOD", 70, "GOOD")).passed()).isFalse();
    }

    @Test
    void anUnknownDirectionIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"direction\":\"sideways\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.direction"));
    }

    private static Context change(double from, String fromBand, double to, String toBand) {
        return eventContext("healthscore.changed", "{\"fromScore\":" + from + ",\"fromBand\":\"" + fromBand
                + "\",\"toScore\":" + to + ",\"toBand\":\"" + toBand + "\"}");
    }
}
