package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code healthscore.value}: score comparison or band. */
class HealthscoreValueConditionTest {

    private final HealthscoreValueCondition condition = new HealthscoreValueCondition();
    private final io.csplatform.runtime.evaluation.Facts facts = facts().health("42.5", "AT_RISK").build();

    @Test
    void comparesTheScore() {
        assertThat(condition.evaluate(json("{\"score\": {\"op\": \"lt\", \"value\": 50}}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"score\": {\"op\": \"gte\", \"value\": 42.6}}"), context(facts)).passed()).isFalse();
    }

    @Test
    void matchesTheBandIgnoringCase() {
        assertThat(condition.evaluate(json("{\"band\": [\"at_risk\", \"critical\"]}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"band\": [\"healthy\"]}"), context(facts)).passed()).isFalse();
    }

    @Test
    void neverScoredFails() {
        var outcome = condition.evaluate(json("{\"score\": {\"op\": \"gte\", \"value\": 0}}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("health.score", null).containsEntry("note", "never scored");
    }

    @Test
    void scoreOrBandIsRequiredAndBadScoresAreRefused() {
        assertThat(condition.validate(json("{}"), "conditions.params")).isNotEmpty();
        assertThat(condition.validate(json("{\"score\": {\"op\": \"gte\", \"value\": \"high\"}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.score.value"));
        assertThat(condition.validate(json("{\"band\": [\"healthy\"]}"), "conditions.params")).isEmpty();
    }
}
