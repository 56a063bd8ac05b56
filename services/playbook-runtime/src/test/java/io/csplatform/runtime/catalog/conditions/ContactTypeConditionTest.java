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

/** Catalog row {@code contact.type}: any active contact or the main contact. */
class ContactTypeConditionTest {

    private final ContactTypeCondition condition = new ContactTypeCondition();
    private final Facts facts = facts()
            .contact(contact("Ana", true, "Decisor"))
            .contact(contact("Bia", false, "Financeiro"))
            .contact(contact("Old", false, false, Set.of("Técnico"), Map.of()))
            .build();

    @Test
    void anyActiveContactOfTheType() {
        assertThat(passes("{\"has\": \"financeiro\"}", facts)).isTrue();
        assertThat(passes("{\"has\": \"Técnico\"}", facts)).isFalse();
        assertThat(passes("{\"hasNot\": \"Técnico\"}", facts)).isTrue();
        assertThat(passes("{\"hasNot\": \"Financeiro\"}", facts)).isFalse();
    }

    @Test
    void mainContactScopeLooksAtTheMainContactOnly() {
        assertThat(passes("{\"has\": \"Financeiro\", \"scope\": \"main\"}", facts)).isFalse();
        assertThat(passes("{\"has\": \"Decisor\", \"scope\": \"main\"}", facts)).isTrue();
        assertThat(passes("{\"hasNot\": \"Financeiro\", \"scope\": \"main\"}", facts)).isTrue();
    }

    @Test
    void withoutMainContactTheMainScopeFails() {
        Facts noMain = facts().contact(contact("Bia", false, "Financeiro")).build();
        var outcome = condition.evaluate(json("{\"hasNot\": \"Decisor\", \"scope\": \"main\"}"), context(noMain));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("note", "no main contact");
        assertThat(passes("{\"hasNot\": \"Decisor\"}", facts().build())).isTrue();
    }

    @Test
    void anUnknownScopeIsRefused() {
        assertThat(condition.validate(json("{\"has\": \"Decisor\", \"scope\": \"all\"}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.scope"));
        assertThat(condition.validate(json("{\"scope\": \"main\"}"), "conditions.params")).isNotEmpty();
    }

    private boolean passes(String params, Facts facts) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
