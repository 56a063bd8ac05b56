package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.days-since-registration} (today = 2026-11-24 in São Paulo). */
class CustomerDaysSinceRegistrationConditionTest {

    private final CustomerDaysSinceRegistrationCondition condition = new CustomerDaysSinceRegistrationCondition();

    @Test
    void countsDaysFromTheRegistrationDate() {
        var facts = facts().registrationDate(LocalDate.of(2026, 10, 25)).build();
        var outcome = condition.evaluate(json("{\"days\": {\"op\": \"gte\", \"value\": 30}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("daysSinceRegistration", 30L)
                .containsEntry("source", "customer.registrationDate");
        assertThat(condition.evaluate(json("{\"days\": {\"op\": \"gt\", \"value\": 30}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void fallsBackToTheTenantDayOfCreation() {
        // 2026-11-24T02:00Z is still 2026-11-23 in São Paulo: 1 day ago, not 0
        var facts = facts().createdAt(Instant.parse("2026-11-24T02:00:00Z")).build();
        var outcome = condition.evaluate(json("{\"days\": {\"op\": \"eq\", \"value\": 1}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("source", "customer.createdAt");
    }

    @Test
    void unknownRegistrationFails() {
        var outcome = condition.evaluate(json("{\"days\": {\"op\": \"gte\", \"value\": 0}}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("daysSinceRegistration", null);
    }

    @Test
    void aComparisonWithoutValueIsRefused() {
        assertThat(condition.validate(json("{\"days\": {\"op\": \"gte\"}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.days.value"));
        assertThat(condition.validate(json("{\"days\": {\"op\": \"between\", \"min\": 1, \"max\": 9}}"),
                "conditions.params")).isEmpty();
    }
}
