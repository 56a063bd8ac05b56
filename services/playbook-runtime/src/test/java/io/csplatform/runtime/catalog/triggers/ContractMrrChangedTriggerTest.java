package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.event;
import static io.csplatform.runtime.catalog.Fixtures.facts;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.mrr.changed}, modes ANY / UPSELL / DOWNSELL, and the MRR rule of seed 001. */
class ContractMrrChangedTriggerTest {

    private final ContractMrrChangedTrigger trigger = new ContractMrrChangedTrigger();

    @Test
    void mrrAdjustmentNeverCountsAsUpsell() {
        assertThat(fires(mode("UPSELL"), change("ADJUSTMENT", 60))).isFalse();
        assertThat(fires(mode("DOWNSELL"), change("ADJUSTMENT", -60))).isFalse();
        assertThat(fires(mode("ANY"), change("ADJUSTMENT", 60))).isTrue();
    }

    @Test
    void upsellModeFiresOnUpsellsAndDownsellModeOnDownsellsOnly() {
        assertThat(fires(mode("UPSELL"), change("UPSELL", 500))).isTrue();
        assertThat(fires(mode("UPSELL"), change("DOWNSELL", -500))).isFalse();
        assertThat(fires(mode("DOWNSELL"), change("DOWNSELL", -500))).isTrue();
        assertThat(fires(mode("DOWNSELL"), change("UPSELL", 500))).isFalse();
    }

    @Test
    void anyModeIsTheDefaultAndFiresOnEveryKind() {
        JsonNode none = json("{}");
        assertThat(fires(none, change("UPSELL", 1))).isTrue();
        assertThat(fires(none, change("DOWNSELL", -1))).isTrue();
        assertThat(fires(none, change("ADJUSTMENT", 1))).isTrue();
    }

    @Test
    void anUnknownModeIsRefusedWithItsPath() {
        assertThat(trigger.validate(mode("UPGRADE"), "trigger.params"))
                .singleElement().satisfies(error -> assertThat(error.path()).isEqualTo("trigger.params.mode"));
        assertThat(trigger.validate(mode("DOWNSELL"), "trigger.params")).isEmpty();
        assertThat(trigger.validate(json("{}"), "trigger.params")).isEmpty();
    }

    private boolean fires(JsonNode params, Context context) {
        return trigger.matches(params, context).passed();
    }

    private static JsonNode mode(String mode) {
        return json("{\"mode\":\"" + mode + "\"}");
    }

    private static Context change(String kind, int delta) {
        return context(event("contract.mrr.changed", "{\"kind\":\"" + kind + "\",\"delta\":" + delta + "}"), facts());
    }
}
