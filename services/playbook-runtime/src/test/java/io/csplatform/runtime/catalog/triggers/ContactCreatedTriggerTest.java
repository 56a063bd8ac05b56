package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contact.created}: every new contact, or only (never) key users. */
class ContactCreatedTriggerTest {

    private final ContactCreatedTrigger trigger = new ContactCreatedTrigger();

    @Test
    void everyContactFiresWithoutParamsAndAKeyUserFiresKeyUserTrue() {
        assertThat(trigger.matches(json("{}"), created(false)).passed()).isTrue();
        Outcome outcome = trigger.matches(json("{\"keyUser\":true}"), created(true));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.keyUser", true);
    }

    @Test
    void anOrdinaryContactDoesNotFireKeyUserTrue() {
        assertThat(trigger.matches(json("{\"keyUser\":true}"), created(false)).passed()).isFalse();
        assertThat(trigger.matches(json("{\"keyUser\":false}"), created(true)).passed()).isFalse();
    }

    @Test
    void anUnknownKeyUserFlagPassesNoFilter() {
        Context unknown = eventContext("contact.created", "{\"name\":\"Ana\"}");
        assertThat(trigger.matches(json("{\"keyUser\":false}"), unknown).passed()).isFalse();
        assertThat(trigger.matches(json("{}"), unknown).passed()).isTrue();
    }

    @Test
    void aNonBooleanKeyUserIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"keyUser\":\"yes\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.keyUser"));
    }

    private static Context created(boolean keyUser) {
        return eventContext("contact.created", "{\"name\":\"Ana\",\"main\":false,\"keyUser\":" + keyUser + "}");
    }
}
