package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.PLAYBOOK;
import static io.csplatform.runtime.catalog.Fixtures.ZONE;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.event;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code schedule.weekdays} (NOW is a Tuesday in São Paulo). */
class ScheduleWeekdaysConditionTest {

    private final ScheduleWeekdaysCondition condition = new ScheduleWeekdaysCondition();

    @Test
    void passesOnASelectedDay() {
        var outcome = condition.evaluate(json("{\"days\": [\"MON\", \"TUE\"]}"), context(facts().build()));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("today", "TUE");
    }

    @Test
    void failsOnAnotherDay() {
        assertThat(condition.evaluate(json("{\"days\": [\"WED\"]}"), context(facts().build())).passed()).isFalse();
    }

    @Test
    void usesTheTenantsDayNotUtcs() {
        // Wednesday 02:00 UTC is still Tuesday 23:00 in São Paulo
        Context late = new Context(event("contract.created", "{}"), facts().build(),
                Instant.parse("2026-11-25T02:00:00Z"), ZONE, PLAYBOOK);
        assertThat(condition.evaluate(json("{\"days\": [\"TUE\"]}"), late).passed()).isTrue();
    }

    @Test
    void unknownDaysAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\": [\"TUESDAY\"]}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days[0]"));
        assertThat(condition.validate(json("{\"days\": []}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
    }
}
