package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.daysAgo;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code nps.customer-score}: %promoters - %detractors over each contact's latest answer. */
class NpsCustomerScoreConditionTest {

    private final NpsCustomerScoreCondition condition = new NpsCustomerScoreCondition();

    @Test
    void npsIsPromotersMinusDetractorsOverEachContactsLatestAnswer() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        // a: 3 then 10 (latest counts: promoter); b: passive 8; c: detractor 2 -> (1 - 1) / 3 = 0
        Facts facts = facts().nps(a, 3, daysAgo(100)).nps(a, 10, daysAgo(5)).nps(b, 8, daysAgo(7)).nps(c, 2, daysAgo(9))
                .build();
        Outcome outcome = condition.evaluate(json("{\"score\":{\"op\":\"eq\",\"value\":0}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("respondents", 3).containsEntry("promoters", 1L)
                .containsEntry("detractors", 1L);
        assertThat((java.math.BigDecimal) outcome.seen().get("nps")).isEqualByComparingTo("0");
    }

    @Test
    void answersBeforeThePeriodDoNotCount() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Facts facts = facts().nps(a, 10, daysAgo(2)).nps(b, 0, daysAgo(60)).build();
        assertThat(condition.evaluate(json("{\"days\":30,\"score\":{\"op\":\"gte\",\"value\":100}}"), context(facts))
                .passed()).isTrue();
        assertThat(condition.evaluate(json("{\"score\":{\"op\":\"gte\",\"value\":100}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void scoreHasTwoDecimals() {
        Facts facts = facts().nps(UUID.randomUUID(), 10, daysAgo(1)).nps(UUID.randomUUID(), 8, daysAgo(1))
                .nps(UUID.randomUUID(), 8, daysAgo(1)).build();
        Outcome outcome = condition.evaluate(json("{\"score\":{\"op\":\"between\",\"min\":33,\"max\":34}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen().get("nps")).hasToString("33.33");
    }

    @Test
    void noAnswersFailsEvenForALowThresholdAndSaysSo() {
        Outcome outcome = condition.evaluate(json("{\"score\":{\"op\":\"lte\",\"value\":100}}"),
                context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("nps", null).containsKey("note");
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"score\":{\"op\":\"big\",\"value\":1}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.score.op"));
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.score"));
    }
}
