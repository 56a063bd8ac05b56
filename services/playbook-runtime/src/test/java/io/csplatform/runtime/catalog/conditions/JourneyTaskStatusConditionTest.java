package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.TODAY;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.journeyTask;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.task.status}: the named journey task is pending / completed. */
class JourneyTaskStatusConditionTest {

    private final JourneyTaskStatusCondition condition = new JourneyTaskStatusCondition();

    @Test
    void pendingTaskPassesPendingAndFailsCompleted() {
        Facts facts = facts().task(journeyTask(null, null, "Training", "PENDING", TODAY, null, Set.of())).build();
        assertThat(condition.evaluate(json("{\"title\":\"Training\",\"status\":\"pending\"}"), context(facts)).passed())
                .isTrue();
        assertThat(condition.evaluate(json("{\"title\":\"Training\",\"status\":\"completed\"}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void completedTaskPassesCompleted() {
        Facts facts = facts().task(journeyTask(null, null, "Training", "COMPLETED", TODAY, TODAY, Set.of())).build();
        Outcome outcome = condition.evaluate(json("{\"title\":\"training\",\"status\":\"completed\"}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("status", "completed");
    }

    @Test
    void aMissingTaskIsNeitherPendingNorCompleted() {
        Facts facts = facts().build();
        assertThat(condition.evaluate(json("{\"title\":\"Training\",\"status\":\"pending\"}"), context(facts)).passed())
                .isFalse();
        assertThat(condition.evaluate(json("{\"title\":\"Training\",\"status\":\"completed\"}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertThat(condition.validate(json("{\"title\":\"Training\",\"status\":\"late\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.status"));
    }
}
