package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code sales.revenue}, its 4 modes (today = 2026-11-24). */
class SalesRevenueConditionTest {

    private final SalesRevenueCondition condition = new SalesRevenueCondition();
    private final Facts facts = facts()
            .saleOn(LocalDate.of(2026, 11, 24), "300")    // last 7 days: 11-18..11-24
            .saleOn(LocalDate.of(2026, 11, 18), "200")
            .saleOn(LocalDate.of(2026, 11, 17), "400")    // previous 7 days: 11-11..11-17
            .saleOn(LocalDate.of(2026, 11, 2), "50")      // this month, outside 14 days
            .saleOn(LocalDate.of(2026, 10, 31), "1000")   // this year, last month
            .build();

    @Test
    void totalOverTheLastDaysIncludesBothEnds() {
        var outcome = condition.evaluate(json("{\"mode\": \"total\", \"days\": 7, \"compare\": {\"op\": \"eq\", \"value\": 500}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("period", "2026-11-18..2026-11-24");
    }

    @Test
    void calendarMonthAndYear() {
        assertThat(passes("{\"mode\": \"total\", \"period\": \"month\", \"compare\": {\"op\": \"eq\", \"value\": 950}}")).isTrue();
        assertThat(passes("{\"mode\": \"total\", \"period\": \"year\", \"compare\": {\"op\": \"eq\", \"value\": 1950}}")).isTrue();
        assertThat(passes("{\"mode\": \"count\", \"period\": \"month\", \"compare\": {\"op\": \"eq\", \"value\": 4}}")).isTrue();
        assertThat(passes("{\"mode\": \"count\", \"days\": 7, \"compare\": {\"op\": \"gt\", \"value\": 2}}")).isFalse();
    }

    @Test
    void diffAbsoluteAndPercentCompareTheLastDaysWithTheDaysBefore() {
        // 500 now vs 400 before: +100, +25%
        var absolute = condition.evaluate(json("{\"mode\": \"diff-absolute\", \"days\": 7, \"compare\": {\"op\": \"eq\", \"value\": 100}}"),
                context(facts));
        assertThat(absolute.passed()).isTrue();
        assertThat(absolute.seen()).containsEntry("previousPeriod", "2026-11-11..2026-11-17");
        var percent = condition.evaluate(json("{\"mode\": \"diff-percent\", \"days\": 7, \"compare\": {\"op\": \"gte\", \"value\": 25}}"),
                context(facts));
        assertThat(percent.passed()).isTrue();
        assertThat(percent.seen()).containsEntry("sales.diff-percent", new BigDecimal("25.00"));
        // counts: 2 now vs 1 before = +1
        assertThat(passes("{\"mode\": \"diff-absolute\", \"days\": 7, \"of\": \"count\", \"compare\": {\"op\": \"eq\", \"value\": 1}}")).isTrue();
    }

    @Test
    void percentFromAnEmptyPreviousPeriodIsUnknown() {
        Facts onlyNow = facts().saleOn(LocalDate.of(2026, 11, 24), "10").build();
        var outcome = condition.evaluate(json("{\"mode\": \"diff-percent\", \"days\": 7, \"compare\": {\"op\": \"gte\", \"value\": 0}}"),
                context(onlyNow));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("sales.diff-percent", null);
        assertThat(condition.evaluate(json("{\"mode\": \"total\", \"days\": 30, \"compare\": {\"op\": \"eq\", \"value\": 0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void periodRulesAreCheckedWithTheirPath() {
        assertThat(condition.validate(json("{\"mode\": \"diff-percent\", \"period\": \"month\", \"compare\": {\"op\": \"gt\", \"value\": 0}}"),
                "conditions.params")).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.period"));
        assertThat(condition.validate(json("{\"mode\": \"total\", \"compare\": {\"op\": \"gt\", \"value\": 0}}"),
                "conditions.params")).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
        assertThat(condition.validate(json("{\"mode\": \"sum\", \"days\": 7, \"compare\": {\"op\": \"gt\", \"value\": 0}}"),
                "conditions.params")).anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.mode"));
        assertThat(condition.validate(json("{\"mode\": \"count\", \"period\": \"year\", \"compare\": {\"op\": \"gt\", \"value\": 0}}"),
                "conditions.params")).isEmpty();
    }

    private boolean passes(String params) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
