package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.custom-attribute}: numbers, dates, text and booleans. */
class CustomerCustomAttributeConditionTest {

    private final CustomerCustomAttributeCondition condition = new CustomerCustomAttributeCondition();
    private final Facts facts = facts()
            .attribute("employees", "120")
            .attribute("employeesText", "\"95\"")
            .attribute("goLive", "\"2026-03-10\"")
            .attribute("tier", "\"Gold Plus\"")
            .attribute("onboarded", "true")
            .attribute("notes", "\"  \"")
            .build();

    @Test
    void numbersCompareAsNumbers() {
        assertThat(passes("{\"key\": \"employees\", \"op\": \"gt\", \"value\": 99}")).isTrue();
        // as text "95" > "100", as numbers it is not
        assertThat(passes("{\"key\": \"employeesText\", \"op\": \"gt\", \"value\": 100}")).isFalse();
        assertThat(passes("{\"key\": \"employeesText\", \"op\": \"eq\", \"value\": \"95.0\"}")).isTrue();
    }

    @Test
    void datesCompareAsDates() {
        assertThat(passes("{\"key\": \"goLive\", \"op\": \"lt\", \"value\": \"2026-11-01\"}")).isTrue();
        assertThat(passes("{\"key\": \"goLive\", \"op\": \"gte\", \"value\": \"2026-03-11\"}")).isFalse();
        assertThat(passes("{\"key\": \"goLive\", \"op\": \"eq\", \"value\": \"2026-03-10\"}")).isTrue();
    }

    @Test
    void textComparesIgnoringCaseAndContains() {
        assertThat(passes("{\"key\": \"tier\", \"op\": \"eq\", \"value\": \"gold plus\"}")).isTrue();
        assertThat(passes("{\"key\": \"tier\", \"op\": \"contains\", \"value\": \"GOLD\"}")).isTrue();
        assertThat(passes("{\"key\": \"tier\", \"op\": \"ne\", \"value\": \"Silver\"}")).isTrue();
    }

    @Test
    void booleansCompareAsBooleans() {
        assertThat(passes("{\"key\": \"onboarded\", \"op\": \"eq\", \"value\": true}")).isTrue();
        assertThat(passes("{\"key\": \"onboarded\", \"op\": \"eq\", \"value\": \"false\"}")).isFalse();
    }

    @Test
    void missingOrBlankIsEmptyAndPassesNothingElse() {
        assertThat(passes("{\"key\": \"missing\", \"op\": \"empty\"}")).isTrue();
        assertThat(passes("{\"key\": \"notes\", \"op\": \"empty\"}")).isTrue();
        assertThat(passes("{\"key\": \"tier\", \"op\": \"notEmpty\"}")).isTrue();
        var outcome = condition.evaluate(json("{\"key\": \"missing\", \"op\": \"ne\", \"value\": \"x\"}"), context(facts));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("customer.attributes.missing", null);
    }

    @Test
    void valueIsRequiredExceptForEmptyChecks() {
        assertThat(condition.validate(json("{\"key\": \"tier\", \"op\": \"eq\"}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.value"));
        assertThat(condition.validate(json("{\"key\": \"tier\", \"op\": \"notEmpty\"}"), "conditions.params")).isEmpty();
        assertThat(condition.validate(json("{\"key\": \"tier\", \"op\": \"like\", \"value\": 1}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.op"));
    }

    private boolean passes(String params) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
