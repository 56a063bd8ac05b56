package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.labelled;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code task.labels}: tasks with any / all of the labels, optionally by status. */
class TaskLabelsConditionTest {

    private final TaskLabelsCondition condition = new TaskLabelsCondition();

    @Test
    void anyLabelMatchesIgnoringCase() {
        Facts facts = facts().task(labelled(true, "PENDING", null, "Renewal")).build();
        Outcome outcome = condition.evaluate(json("{\"labels\":[\"renewal\",\"churn\"]}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat((java.util.List<?>) outcome.seen().get("tasks.matching")).hasSize(1);
    }

    @Test
    void allNeedsEveryLabelOnOneTask() {
        Facts facts = facts().task(labelled(true, "PENDING", null, "renewal"))
                .task(labelled(false, "PENDING", null, "churn")).build();
        assertThat(condition.evaluate(json("{\"labels\":[\"renewal\",\"churn\"],\"match\":\"all\"}"), context(facts))
                .passed()).isFalse();
        Facts both = facts().task(labelled(false, "PENDING", null, "renewal", "churn")).build();
        assertThat(condition.evaluate(json("{\"labels\":[\"renewal\",\"churn\"],\"match\":\"all\"}"), context(both))
                .passed()).isTrue();
    }

    @Test
    void statusFiltersPendingOrCompleted() {
        Facts facts = facts().task(labelled(false, "COMPLETED", null, "renewal")).build();
        assertThat(condition.evaluate(json("{\"labels\":[\"renewal\"],\"status\":\"pending\"}"), context(facts))
                .passed()).isFalse();
        assertThat(condition.evaluate(json("{\"labels\":[\"renewal\"],\"status\":\"completed\"}"), context(facts))
                .passed()).isTrue();
        assertThat(condition.evaluate(json("{\"labels\":[\"renewal\"]}"), context(facts().build())).passed()).isFalse();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"labels\":[]}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.labels"));
        assertThat(condition.validate(json("{\"labels\":[\"a\"],\"status\":\"late\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.status"));
    }
}
