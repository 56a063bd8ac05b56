package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.TODAY;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.journeyTask;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.task.completed-within}: completed at most X days after its creation / the journey start. */
class JourneyTaskCompletedWithinConditionTest {

    private final JourneyTaskCompletedWithinCondition condition = new JourneyTaskCompletedWithinCondition();
    private final UUID journey = UUID.randomUUID();

    @Test
    void completedWithinDaysOfCreationPassesAndExactlyDaysIsIncluded() {
        LocalDate created = TODAY.minusDays(20);
        Facts facts = facts().task(journeyTask(journey, null, "Setup", "COMPLETED", created, created.plusDays(10), Set.of()))
                .build();
        Outcome outcome = condition.evaluate(json("{\"title\":\"Setup\",\"days\":10}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("daysTaken", 10L);
        assertThat(condition.evaluate(json("{\"title\":\"Setup\",\"days\":9}"), context(facts)).passed()).isFalse();
    }

    @Test
    void fromJourneyStartCountsFromTheEarliestTaskOfTheJourney() {
        LocalDate start = TODAY.minusDays(40);
        Facts facts = facts().task(journeyTask(journey, null, "Kickoff", "COMPLETED", start, start.plusDays(1), Set.of()))
                .task(journeyTask(journey, null, "Setup", "COMPLETED", start.plusDays(20), start.plusDays(25), Set.of()))
                .task(journeyTask(UUID.randomUUID(), null, "Other", "PENDING", start.minusDays(100), null, Set.of()))
                .build();
        assertThat(condition.evaluate(json("{\"title\":\"Setup\",\"days\":10}"), context(facts)).passed()).isTrue();
        Outcome outcome = condition.evaluate(json("{\"title\":\"Setup\",\"days\":10,\"from\":\"journey-start\"}"),
                context(facts));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("daysTaken", 25L).containsEntry("start", start.toString());
        assertThat(condition.evaluate(json("{\"title\":\"Setup\",\"days\":25,\"from\":\"journey-start\"}"),
                context(facts)).passed()).isTrue();
    }

    @Test
    void aPendingTaskOrUnknownDatesFail() {
        Facts pending = facts().task(journeyTask(journey, null, "Setup", "PENDING", TODAY, null, Set.of())).build();
        assertThat(condition.evaluate(json("{\"title\":\"Setup\",\"days\":100}"), context(pending)).passed()).isFalse();
        Facts noDates = facts().task(journeyTask(null, null, "Setup", "COMPLETED", null, TODAY, Set.of())).build();
        Outcome outcome = condition.evaluate(json("{\"title\":\"Setup\",\"days\":100,\"from\":\"journey-start\"}"),
                context(noDates));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("daysTaken", null);
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"title\":\"Setup\",\"days\":-1}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
        assertThat(condition.validate(json("{\"title\":\"Setup\",\"days\":3,\"from\":\"due\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.from"));
    }
}
