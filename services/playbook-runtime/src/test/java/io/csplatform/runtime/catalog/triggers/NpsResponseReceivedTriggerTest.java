package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code nps.response.received}: every answer, or those within min / max. */
class NpsResponseReceivedTriggerTest {

    private final NpsResponseReceivedTrigger trigger = new NpsResponseReceivedTrigger();

    @Test
    void everyAnswerFiresWithoutParams() {
        Outcome outcome = trigger.matches(json("{}"), answer(0));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("score", 0);
    }

    @Test
    void aScoreOutsideTheRangeDoesNotFire() {
        assertThat(trigger.matches(json("{\"min\":9}"), answer(8)).passed()).isFalse();
        assertThat(trigger.matches(json("{\"max\":6}"), answer(7)).passed()).isFalse();
    }

    @Test
    void bothEndsOfTheRangeAreIncluded() {
        JsonNode detractors = json("{\"min\":0,\"max\":6}");
        assertThat(trigger.matches(detractors, answer(0)).passed()).isTrue();
        assertThat(trigger.matches(detractors, answer(6)).passed()).isTrue();
        assertThat(trigger.matches(detractors, answer(7)).passed()).isFalse();
    }

    @Test
    void badRangesAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"min\":11}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.min"));
        assertThat(trigger.validate(json("{\"min\":9,\"max\":6}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.max"));
        assertThat(trigger.validate(json("{\"score\":9}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.score"));
        assertThat(trigger.validate(json("{\"min\":0,\"max\":10}"), "trigger.params")).isEmpty();
    }

    private static io.csplatform.runtime.evaluation.Context answer(int score) {
        return eventContext("nps.response.received", "{\"score\":" + score + "}");
    }
}
