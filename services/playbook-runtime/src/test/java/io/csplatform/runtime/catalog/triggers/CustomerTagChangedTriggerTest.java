package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.tag.changed}: the tag (case-insensitive), added / removed / any. */
class CustomerTagChangedTriggerTest {

    private final CustomerTagChangedTrigger trigger = new CustomerTagChangedTrigger();

    @Test
    void theTagAddedFiresAddedAndAny() {
        Outcome outcome = trigger.matches(json("{\"tag\":\"VIP\",\"change\":\"added\"}"), changed("vip", "added"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.tag", "vip");
        assertThat(trigger.matches(json("{\"tag\":\"vip\"}"), changed("VIP", "removed")).passed()).isTrue();
    }

    @Test
    void anotherTagOrTheOtherChangeDoesNotFire() {
        assertThat(trigger.matches(json("{\"tag\":\"vip\"}"), changed("churn-risk", "added")).passed()).isFalse();
        assertThat(trigger.matches(json("{\"tag\":\"vip\",\"change\":\"removed\"}"), changed("vip", "added"))
                .passed()).isFalse();
    }

    @Test
    void aTagContainingTheNameIsNotTheTag() {
        assertThat(trigger.matches(json("{\"tag\":\"vip\"}"), changed("vip-gold", "added")).passed()).isFalse();
    }

    @Test
    void theTagIsRequiredAndTheChangeAnEnum() {
        assertThat(trigger.validate(json("{}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.tag"));
        assertThat(trigger.validate(json("{\"tag\":\"vip\",\"change\":\"both\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.change"));
    }

    private static Context changed(String tag, String change) {
        return eventContext("customer.tag.changed", "{\"tag\":\"" + tag + "\",\"change\":\"" + change + "\"}");
    }
}
