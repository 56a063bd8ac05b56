package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.runtime.evaluation.TriggerEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.mrr.changed}, modes ANY / UPSELL / DOWNSELL, and the MRR rule of seed 001. */
class ContractMrrChangedTriggerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContractMrrChangedTrigger trigger = new ContractMrrChangedTrigger();

    @Test
    void mrrAdjustmentNeverCountsAsUpsell() {
        assertThat(trigger.matches(mode("UPSELL"), change("ADJUSTMENT", 60))).isFalse();
        assertThat(trigger.matches(mode("DOWNSELL"), change("ADJUSTMENT", -60))).isFalse();
        assertThat(trigger.matches(mode("ANY"), change("ADJUSTMENT", 60))).isTrue();
    }

    @Test
    void upsellModeFiresOnUpsellsAndDownsellModeOnDownsellsOnly() {
        assertThat(trigger.matches(mode("UPSELL"), change("UPSELL", 500))).isTrue();
        assertThat(trigger.matches(mode("UPSELL"), change("DOWNSELL", -500))).isFalse();
        assertThat(trigger.matches(mode("DOWNSELL"), change("DOWNSELL", -500))).isTrue();
        assertThat(trigger.matches(mode("DOWNSELL"), change("UPSELL", 500))).isFalse();
    }

    @Test
    void anyModeIsTheDefaultAndFiresOnEveryKind() {
        JsonNode none = JSON.createObjectNode();
        assertThat(trigger.matches(none, change("UPSELL", 1))).isTrue();
        assertThat(trigger.matches(none, change("DOWNSELL", -1))).isTrue();
        assertThat(trigger.matches(none, change("ADJUSTMENT", 1))).isTrue();
    }

    @Test
    void anUnknownModeIsRefusedWithItsPath() {
        assertThat(trigger.validate(mode("UPGRADE"), "trigger.params"))
                .singleElement().satisfies(error -> assertThat(error.path()).isEqualTo("trigger.params.mode"));
        assertThat(trigger.validate(mode("DOWNSELL"), "trigger.params")).isEmpty();
        assertThat(trigger.validate(JSON.createObjectNode(), "trigger.params")).isEmpty();
    }

    private static JsonNode mode(String mode) {
        return JSON.createObjectNode().put("mode", mode);
    }

    private static TriggerEvent change(String kind, int delta) {
        JsonNode payload = JSON.createObjectNode().put("kind", kind).put("delta", delta);
        return new TriggerEvent(UUID.randomUUID(), "contract.mrr.changed", UUID.randomUUID(), payload,
                Instant.parse("2026-11-24T10:00:00Z"));
    }
}
