package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.tags}: has / hasNot, match any / all (the logic shared by the other set rows). */
class CustomerTagsConditionTest {

    private final CustomerTagsCondition condition = new CustomerTagsCondition();
    private final Facts vipAndLate = facts().tags("VIP", "late-payer").build();

    @Test
    void hasAnyPassesWhenOneTagIsPresentIgnoringCase() {
        Condition.Outcome outcome = condition.evaluate(json("{\"has\": [\"vip\", \"churn-risk\"]}"), context(vipAndLate));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("matched", 1L).containsKey("customer.tags");
    }

    @Test
    void hasAllNeedsEveryTag() {
        assertThat(passes("{\"has\": [\"vip\", \"churn-risk\"], \"match\": \"all\"}", vipAndLate)).isFalse();
        assertThat(passes("{\"has\": [\"vip\", \"LATE-PAYER\"], \"match\": \"all\"}", vipAndLate)).isTrue();
    }

    @Test
    void hasNotAnyPassesOnlyWhenNoneIsPresent() {
        assertThat(passes("{\"hasNot\": [\"churn-risk\", \"trial\"]}", vipAndLate)).isTrue();
        assertThat(passes("{\"hasNot\": [\"churn-risk\", \"vip\"]}", vipAndLate)).isFalse();
    }

    @Test
    void hasNotAllPassesWhenOneIsMissing() {
        assertThat(passes("{\"hasNot\": [\"churn-risk\", \"vip\"], \"match\": \"all\"}", vipAndLate)).isTrue();
        assertThat(passes("{\"hasNot\": [\"late-payer\", \"vip\"], \"match\": \"all\"}", vipAndLate)).isFalse();
    }

    @Test
    void aCustomerWithoutTagsHasNoneAndLacksAll() {
        Facts none = facts().build();
        assertThat(passes("{\"has\": [\"vip\"]}", none)).isFalse();
        assertThat(passes("{\"hasNot\": [\"vip\"]}", none)).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"has\": []}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.has"));
        assertThat(condition.validate(json("{\"has\": [\"a\"], \"match\": \"some\"}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.match"));
        assertThat(condition.validate(json("{\"has\": [\"a\"], \"hasNot\": [\"b\"]}"), "conditions.params")).isNotEmpty();
        assertThat(condition.validate(json("{}"), "conditions.params")).isNotEmpty();
        assertThat(condition.validate(json("{\"hasNot\": [\"a\"], \"match\": \"all\"}"), "conditions.params")).isEmpty();
    }

    private boolean passes(String params, Facts facts) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
