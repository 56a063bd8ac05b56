package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code csat.response.received}: every answer (1..5), or those within min / max. */
class CsatResponseReceivedTriggerTest {

    private final CsatResponseReceivedTrigger trigger = new CsatResponseReceivedTrigger();

    @Test
    void everyAnswerFiresWithoutParams() {
        assertThat(trigger.matches(json("{}"), answer(3)).passed()).isTrue();
    }

    @Test
    void aScoreAboveMaxDoesNotFire() {
        assertThat(trigger.matches(json("{\"max\":2}"), answer(3)).passed()).isFalse();
    }

    @Test
    void theBoundariesAreIncluded() {
        assertThat(trigger.matches(json("{\"min\":5}"), answer(5)).passed()).isTrue();
        assertThat(trigger.matches(json("{\"max\":1}"), answer(1)).passed()).isTrue();
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        assertThat(trigger.validate(json("{\"min\":0}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.min"));
        assertThat(trigger.validate(json("{\"max\":6}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.max"));
    }

    private static io.csplatform.runtime.evaluation.Context answer(int score) {
        return eventContext("csat.response.received", "{\"score\":" + score + "}");
    }
}
