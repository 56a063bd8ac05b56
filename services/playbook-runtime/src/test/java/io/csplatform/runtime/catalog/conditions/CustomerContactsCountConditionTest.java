package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.csplatform.runtime.catalog.FactsBuilder.contact;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.contacts-count}: active contacts only, optionally of one type. */
class CustomerContactsCountConditionTest {

    private final CustomerContactsCountCondition condition = new CustomerContactsCountCondition();
    private final io.csplatform.runtime.evaluation.Facts facts = facts()
            .contact(contact("Ana", true, "Decisor"))
            .contact(contact("Bia", false, "Financeiro"))
            .contact(contact("Caio", false, true, Set.of("decisor"), Map.of()))
            .contact(contact("Duda", false, false, Set.of("Decisor"), Map.of()))
            .build();

    @Test
    void countsActiveContactsOnly() {
        var outcome = condition.evaluate(json("{\"count\": {\"op\": \"eq\", \"value\": 3}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contacts.active", 3L);
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"gte\", \"value\": 4}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void filtersByContactTypeIgnoringCase() {
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"eq\", \"value\": 2}, \"contactType\": \"DECISOR\"}"),
                context(facts)).passed()).isTrue();
    }

    @Test
    void noContactsIsZero() {
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"eq\", \"value\": 0}}"), context(facts().build()))
                .passed()).isTrue();
    }

    @Test
    void anUnknownOpIsRefusedWithItsPath() {
        assertThat(condition.validate(json("{\"count\": {\"op\": \"about\", \"value\": 2}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.count.op"));
    }
}
