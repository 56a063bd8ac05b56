package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.PLAYBOOK;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code playbook.executions-in-period}: the tenant's days (today = 2026-11-24 in São Paulo). */
class PlaybookExecutionsInPeriodConditionTest {

    private final PlaybookExecutionsInPeriodCondition condition = new PlaybookExecutionsInPeriodCondition();
    private final io.csplatform.runtime.evaluation.Facts facts = facts().executions(PLAYBOOK,
            Instant.parse("2026-11-24T12:00:00Z"),   // today
            Instant.parse("2026-11-18T03:00:00Z"),   // 11-18 00:00 in São Paulo: first day of the last 7
            Instant.parse("2026-11-18T02:59:00Z"))   // 11-17 23:59 in São Paulo: outside
            .build();

    @Test
    void countsRunsInTheLastDaysInTheTenantZone() {
        var outcome = condition.evaluate(json("{\"days\": 7, \"count\": {\"op\": \"eq\", \"value\": 2}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("period", "2026-11-18..2026-11-24");
        assertThat(condition.evaluate(json("{\"days\": 8, \"count\": {\"op\": \"eq\", \"value\": 3}}"), context(facts))
                .passed()).isTrue();
        assertThat(condition.evaluate(json("{\"days\": 1, \"count\": {\"op\": \"gt\", \"value\": 1}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void neverRunIsZero() {
        assertThat(condition.evaluate(json("{\"days\": 30, \"count\": {\"op\": \"eq\", \"value\": 0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void daysMustBePositive() {
        assertThat(condition.validate(json("{\"days\": 0, \"count\": {\"op\": \"eq\", \"value\": 0}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
    }
}
