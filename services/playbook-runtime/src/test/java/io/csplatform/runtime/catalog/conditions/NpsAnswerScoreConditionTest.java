package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.event;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.daysAgo;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code nps.answer.score}: the triggering answer's score, else the latest NPS answer, in [min, max]. */
class NpsAnswerScoreConditionTest {

    private final NpsAnswerScoreCondition condition = new NpsAnswerScoreCondition();

    @Test
    void theTriggeringAnswersScoreIsUsedEvenWhenOlderAnswersDiffer() {
        Facts facts = facts().nps(UUID.randomUUID(), 10, daysAgo(1)).build();
        Outcome outcome = condition.evaluate(json("{\"min\":0,\"max\":6}"),
                context(event("nps.response.received", "{\"score\":3}"), facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("nps.score", 3).containsEntry("source", "triggering answer");
    }

    @Test
    void withoutAnNpsTriggerTheLatestNpsAnswerCountsAndCsatIsIgnored() {
        Facts facts = facts().nps(UUID.randomUUID(), 4, daysAgo(10)).nps(UUID.randomUUID(), 9, daysAgo(2))
                .csat(UUID.randomUUID(), 1, daysAgo(1)).build();
        assertThat(condition.evaluate(json("{\"min\":9}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"max\":6}"), context(facts)).passed()).isFalse();
    }

    @Test
    void rangeEndsAreIncluded() {
        Facts facts = facts().build();
        assertThat(condition.evaluate(json("{\"min\":7,\"max\":8}"),
                context(event("nps.response.received", "{\"score\":8}"), facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"min\":7,\"max\":8}"),
                context(event("nps.response.received", "{\"score\":7}"), facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"min\":7,\"max\":8}"),
                context(event("nps.response.received", "{\"score\":9}"), facts)).passed()).isFalse();
    }

    @Test
    void noAnswerAtAllFailsAndSaysSo() {
        Outcome outcome = condition.evaluate(json("{}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("nps.score", null).containsEntry("source", "no NPS answer");
    }

    @Test
    void scoresOutsideZeroToTenAndMinAboveMaxAreRefused() {
        assertThat(condition.validate(json("{\"max\":11}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.max"));
        assertThat(condition.validate(json("{\"min\":8,\"max\":3}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.max"));
        assertThat(condition.validate(json("{\"min\":0,\"max\":10}"), "conditions.params")).isEmpty();
    }
}
