package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.TODAY;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.labelled;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code task.overdue-days}: a pending task is overdue by more than X days. */
class TaskOverdueDaysConditionTest {

    private final TaskOverdueDaysCondition condition = new TaskOverdueDaysCondition();

    @Test
    void aPendingJourneyOrBoardTaskLateByMoreThanDaysPasses() {
        Facts journey = facts().task(labelled(false, "PENDING", TODAY.minusDays(6))).build();
        Facts board = facts().task(labelled(true, "PENDING", TODAY.minusDays(6))).build();
        assertThat(condition.evaluate(json("{\"days\":5}"), context(journey)).passed()).isTrue();
        Outcome outcome = condition.evaluate(json("{\"days\":5}"), context(board));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("daysLate.max", 6L);
    }

    @Test
    void exactlyDaysLateIsNotMoreThanDays() {
        Facts facts = facts().task(labelled(false, "PENDING", TODAY.minusDays(5))).build();
        assertThat(condition.evaluate(json("{\"days\":5}"), context(facts)).passed()).isFalse();
    }

    @Test
    void completedTasksAndTasksWithoutDueDateAreNeverOverdue() {
        Facts facts = facts().task(labelled(false, "COMPLETED", TODAY.minusDays(50)))
                .task(labelled(true, "PENDING", null)).build();
        Outcome outcome = condition.evaluate(json("{\"days\":0}"), context(facts));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("daysLate.max", null);
    }

    @Test
    void labelsKeepOnlyTasksWithAnyOfThem() {
        Facts facts = facts().task(labelled(false, "PENDING", TODAY.minusDays(20), "billing")).build();
        assertThat(condition.evaluate(json("{\"days\":5,\"labels\":[\"onboarding\"]}"), context(facts)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"days\":5,\"labels\":[\"onboarding\",\"Billing\"]}"), context(facts))
                .passed()).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":5,\"labels\":[]}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.labels"));
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
    }
}
