package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.TODAY;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.journeyTask;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.task.completed}: the named journey task is completed. */
class JourneyTaskCompletedConditionTest {

    private final JourneyTaskCompletedCondition condition = new JourneyTaskCompletedCondition();
    private final UUID template = UUID.randomUUID();
    private final UUID journey = UUID.randomUUID();

    @Test
    void passesByTemplateTaskIdOrByTitleIgnoringCase() {
        Facts facts = facts().task(journeyTask(journey, template, "Kickoff meeting", "COMPLETED", TODAY, TODAY, Set.of()))
                .build();
        assertThat(condition.evaluate(json("{\"templateTaskId\":\"" + template + "\"}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"title\":\"KICKOFF MEETING\"}"), context(facts)).passed()).isTrue();
    }

    @Test
    void failsWhilePendingOrInAnotherJourney() {
        Facts pending = facts().task(journeyTask(journey, template, "Kickoff", "PENDING", TODAY, null, Set.of())).build();
        assertThat(condition.evaluate(json("{\"title\":\"Kickoff\"}"), context(pending)).passed()).isFalse();
        Facts done = facts().task(journeyTask(journey, template, "Kickoff", "COMPLETED", TODAY, TODAY, Set.of())).build();
        assertThat(condition.evaluate(json("{\"title\":\"Kickoff\",\"journeyId\":\"" + UUID.randomUUID() + "\"}"),
                context(done)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"title\":\"Kickoff\",\"journeyId\":\"" + journey + "\"}"),
                context(done)).passed()).isTrue();
    }

    @Test
    void noSuchTaskFails() {
        Outcome outcome = condition.evaluate(json("{\"title\":\"Kickoff\"}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("tasks.status", java.util.Map.of());
    }

    @Test
    void aTaskReferenceIsRequired() {
        assertThat(condition.validate(json("{}"), "conditions.params")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path()).startsWith("conditions.params"));
        assertThat(condition.validate(json("{\"title\":\"\"}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.title"));
        assertThat(condition.validate(json("{\"title\":\"Kickoff\",\"stage\":\"x\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.stage"));
    }
}
