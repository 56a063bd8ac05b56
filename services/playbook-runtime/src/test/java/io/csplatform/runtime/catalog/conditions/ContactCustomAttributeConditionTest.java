package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.csplatform.runtime.catalog.FactsBuilder.contact;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contact.custom-attribute}: any active contact, or the main contact with scope main. */
class ContactCustomAttributeConditionTest {

    private final ContactCustomAttributeCondition condition = new ContactCustomAttributeCondition();
    private final Facts facts = facts()
            .contact(contact("Ana", true, true, Set.of(), Map.of("role", json("\"CEO\""), "age", json("51"))))
            .contact(contact("Bia", false, true, Set.of(), Map.of("role", json("\"CFO\""), "age", json("29"))))
            .contact(contact("Old", false, false, Set.of(), Map.of("role", json("\"CTO\""))))
            .build();

    @Test
    void passesWhenAnyActiveContactMatches() {
        var outcome = condition.evaluate(json("{\"key\": \"role\", \"op\": \"eq\", \"value\": \"cfo\"}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contacts", 2);
        assertThat(passes("{\"key\": \"age\", \"op\": \"lt\", \"value\": 30}")).isTrue();
    }

    @Test
    void inactiveContactsAreIgnored() {
        assertThat(passes("{\"key\": \"role\", \"op\": \"eq\", \"value\": \"CTO\"}")).isFalse();
    }

    @Test
    void mainScopeLooksAtTheMainContactOnly() {
        assertThat(passes("{\"key\": \"age\", \"op\": \"lt\", \"value\": 30, \"scope\": \"main\"}")).isFalse();
        assertThat(passes("{\"key\": \"age\", \"op\": \"gte\", \"value\": 51, \"scope\": \"main\"}")).isTrue();
    }

    @Test
    void noContactsFails() {
        var outcome = condition.evaluate(json("{\"key\": \"role\", \"op\": \"empty\"}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("note", "no active contact");
    }

    @Test
    void keyIsRequired() {
        assertThat(condition.validate(json("{\"op\": \"empty\"}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.key"));
        assertThat(condition.validate(json("{\"key\": \"role\", \"op\": \"empty\", \"scope\": \"main\"}"),
                "conditions.params")).isEmpty();
    }

    private boolean passes(String params) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
