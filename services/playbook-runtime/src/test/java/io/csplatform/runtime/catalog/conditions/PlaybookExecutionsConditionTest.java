package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.PLAYBOOK;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code playbook.executions}: runs of this playbook only. */
class PlaybookExecutionsConditionTest {

    private final PlaybookExecutionsCondition condition = new PlaybookExecutionsCondition();

    @Test
    void countsThisPlaybooksExecutions() {
        var facts = facts().executions(PLAYBOOK, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"))
                .executions(UUID.randomUUID(), Instant.parse("2026-11-02T10:00:00Z")).build();
        var outcome = condition.evaluate(json("{\"count\": {\"op\": \"lt\", \"value\": 3}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("playbook.executions", 2);
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"lt\", \"value\": 2}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void neverRunIsZero() {
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"eq\", \"value\": 0}}"), context(facts().build()))
                .passed()).isTrue();
    }

    @Test
    void countIsRequired() {
        assertThat(condition.validate(json("{\"count\": {\"value\": 1}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.count.op"));
    }
}
