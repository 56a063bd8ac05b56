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

/** Catalog row {@code journey.checklist-item.completed}: the named item of the named task is completed. */
class JourneyChecklistItemCompletedConditionTest {

    private final JourneyChecklistItemCompletedCondition condition = new JourneyChecklistItemCompletedCondition();
    private final UUID template = UUID.randomUUID();

    @Test
    void passesWhenTheItemIsAmongTheTasksCompletedItemsIgnoringCase() {
        Facts facts = facts().task(journeyTask(null, template, "Kickoff", "PENDING", TODAY, null,
                Set.of("Send agenda", "Book room"))).build();
        Outcome outcome = condition.evaluate(json("{\"templateTaskId\":\"" + template + "\",\"item\":\"send AGENDA\"}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("tasks.found", 1);
    }

    @Test
    void failsWhenTheItemIsNotCompletedOrBelongsToAnotherTask() {
        Facts facts = facts().task(journeyTask(null, template, "Kickoff", "PENDING", TODAY, null, Set.of("Book room")))
                .task(journeyTask(null, UUID.randomUUID(), "Training", "PENDING", TODAY, null, Set.of("Send agenda")))
                .build();
        assertThat(condition.evaluate(json("{\"title\":\"kickoff\",\"item\":\"Send agenda\"}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void boardTasksAndAMissingTaskNeverPass() {
        Facts.Task board = new Facts.Task(UUID.randomUUID(), true, null, null, null, "Kickoff", Set.of(), "PENDING",
                TODAY, null, null, null, Set.of("Send agenda"));
        Outcome outcome = condition.evaluate(json("{\"title\":\"Kickoff\",\"item\":\"Send agenda\"}"),
                context(facts().task(board).build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("tasks.found", 0);
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"title\":\"Kickoff\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.item"));
        assertThat(condition.validate(json("{\"templateTaskId\":\"nope\",\"item\":\"x\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.templateTaskId"));
        assertThat(condition.validate(json("{\"item\":\"x\"}"), "conditions.params")).isNotEmpty();
    }
}
