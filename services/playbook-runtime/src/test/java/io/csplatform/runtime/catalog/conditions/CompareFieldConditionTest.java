package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.FactsBuilder.nps;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code compare.field}: every field, against a value or another field (today = 2026-11-24). */
class CompareFieldConditionTest {

    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BIA = UUID.randomUUID();
    private static final UUID CAIO = UUID.randomUUID();
    private final CompareFieldCondition condition = new CompareFieldCondition();
    private final Facts facts = facts()
            .mrr("1000").arr("12000")
            .contract(new Facts.Contract(UUID.randomUUID(), null, "ACTIVE", new BigDecimal("1000"), "BRL", null,
                    LocalDate.of(2027, 1, 1), null, Set.of(), 10, new BigDecimal("150"), null))
            .startDate(LocalDate.of(2025, 1, 10)).endDate(LocalDate.of(2026, 12, 20))
            .health("70", "HEALTHY")
            .attribute("seats", "\"25\"")
            .saleOn(LocalDate.of(2026, 11, 3), "400").saleOn(LocalDate.of(2026, 2, 1), "600")
            .trackingOn(LocalDate.of(2026, 11, 20), "u1", "report.export", 7)
            .trackingOn(LocalDate.of(2026, 10, 20), "u1", "report.export", 100)   // older than 30 days
            // latest answers: Ana 10 (promoter), Bia 6 (detractor, her older 9 ignored), Caio 8 (passive)
            .answer(nps(ANA, 10, Instant.parse("2026-11-01T10:00:00Z")))
            .answer(nps(BIA, 9, Instant.parse("2026-06-01T10:00:00Z")))
            .answer(nps(BIA, 6, Instant.parse("2026-11-02T10:00:00Z")))
            .answer(nps(CAIO, 8, Instant.parse("2026-11-03T10:00:00Z")))
            .build();

    @Test
    void numericFieldsAgainstAValue() {
        assertThat(passes("{\"field\": \"mrr\", \"op\": \"eq\", \"value\": 1000}")).isTrue();
        assertThat(passes("{\"field\": \"arr\", \"op\": \"gt\", \"value\": 12000}")).isFalse();
        assertThat(passes("{\"field\": \"upsell\", \"op\": \"gte\", \"value\": 150}")).isTrue();
        assertThat(passes("{\"field\": \"healthscore\", \"op\": \"lt\", \"value\": 71}")).isTrue();
        assertThat(passes("{\"field\": \"sales.month\", \"op\": \"eq\", \"value\": 400}")).isTrue();
        assertThat(passes("{\"field\": \"sales.year\", \"op\": \"eq\", \"value\": 1000}")).isTrue();
        assertThat(passes("{\"field\": \"tracking:report.export\", \"op\": \"eq\", \"value\": 7}")).isTrue();
        assertThat(passes("{\"field\": \"attribute:seats\", \"op\": \"gt\", \"value\": 9}")).isTrue();
    }

    @Test
    void npsUsesEachContactsLatestAnswer() {
        // (1 promoter - 1 detractor) / 3 = 0
        var outcome = condition.evaluate(json("{\"field\": \"nps\", \"op\": \"eq\", \"value\": 0}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("nps", "0.00");
    }

    @Test
    void datesAgainstFixedAndRelativeDays() {
        assertThat(passes("{\"field\": \"customer.endDate\", \"op\": \"lte\", \"value\": \"today+30\"}")).isTrue();
        assertThat(passes("{\"field\": \"customer.endDate\", \"op\": \"lte\", \"value\": \"today+25\"}")).isFalse();
        assertThat(passes("{\"field\": \"customer.endDate\", \"op\": \"eq\", \"value\": \"today+26\"}")).isTrue();
        assertThat(passes("{\"field\": \"customer.startDate\", \"op\": \"lt\", \"value\": \"2025-02-01\"}")).isTrue();
    }

    @Test
    void oneFieldAgainstAnother() {
        var outcome = condition.evaluate(json("{\"field\": \"arr\", \"op\": \"gt\", \"otherField\": \"mrr\"}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("arr", "12000").containsEntry("mrr", "1000");
        assertThat(passes("{\"field\": \"customer.startDate\", \"op\": \"gt\", \"otherField\": \"customer.endDate\"}")).isFalse();
    }

    @Test
    void unknownValuesFail() {
        var empty = facts().build();
        var outcome = condition.evaluate(json("{\"field\": \"nps\", \"op\": \"lte\", \"value\": 100}"), context(empty));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("nps", null);
        assertThat(condition.evaluate(json("{\"field\": \"downsell\", \"op\": \"ne\", \"value\": 1}"), context(facts)).passed())
                .isFalse();
        assertThat(condition.evaluate(json("{\"field\": \"customer.endDate\", \"op\": \"gte\", \"value\": \"today\"}"),
                context(empty)).passed()).isFalse();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"field\": \"revenue\", \"op\": \"eq\", \"value\": 1}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.field"));
        assertThat(condition.validate(json("{\"field\": \"customer.endDate\", \"op\": \"eq\", \"value\": \"next week\"}"),
                "conditions.params")).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.value"));
        assertThat(condition.validate(json("{\"field\": \"mrr\", \"op\": \"eq\"}"), "conditions.params")).isNotEmpty();
        assertThat(condition.validate(json("{\"field\": \"mrr\", \"op\": \"eq\", \"otherField\": \"attribute:x\"}"),
                "conditions.params")).isEmpty();
    }

    private boolean passes(String params) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
