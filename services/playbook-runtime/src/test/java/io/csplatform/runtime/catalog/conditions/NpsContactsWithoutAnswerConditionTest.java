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

/** Catalog row {@code nps.contacts-without-answer}: active contacts without an NPS answer in the last N days. */
class NpsContactsWithoutAnswerConditionTest {

    private final NpsContactsWithoutAnswerCondition condition = new NpsContactsWithoutAnswerCondition();
    private final UUID ana = UUID.randomUUID();
    private final UUID bia = UUID.randomUUID();

    @Test
    void anyPassesWhenOneActiveContactHasNotAnswered() {
        Facts facts = facts().contact(ana, true).contact(bia, true).nps(ana, 9, daysAgo(3)).build();
        Outcome outcome = condition.evaluate(json("{\"days\":30,\"any\":true}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contacts.withoutAnswer", 1);
    }

    @Test
    void inactiveContactsAndOldAnswersAndCsatAreNotCounted() {
        Facts facts = facts().contact(ana, true).contact(bia, false).nps(ana, 9, daysAgo(40)).csat(ana, 5, daysAgo(1))
                .build();
        assertThat(condition.evaluate(json("{\"days\":30,\"count\":{\"op\":\"eq\",\"value\":1}}"), context(facts))
                .passed()).isTrue();
        Facts answered = facts().contact(ana, true).contact(bia, false).nps(ana, 9, daysAgo(5)).build();
        assertThat(condition.evaluate(json("{\"days\":30,\"any\":true}"), context(answered)).passed()).isFalse();
    }

    @Test
    void anAnswerExactlyNDaysAgoIsOutsideTheLastNDays() {
        // last 30 days = today and the 29 days before
        Facts facts = facts().contact(ana, true).nps(ana, 9, daysAgo(30)).build();
        assertThat(condition.evaluate(json("{\"days\":30,\"any\":true}"), context(facts)).passed()).isTrue();
        Facts inside = facts().contact(ana, true).nps(ana, 9, daysAgo(29)).build();
        assertThat(condition.evaluate(json("{\"days\":30,\"any\":true}"), context(inside)).passed()).isFalse();
    }

    @Test
    void noContactsGivesZero() {
        Outcome outcome = condition.evaluate(json("{\"days\":30,\"count\":{\"op\":\"gte\",\"value\":1}}"),
                context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("contacts.active", 0);
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":0,\"any\":true}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
        assertThat(condition.validate(json("{\"any\":true}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
        assertThat(condition.validate(json("{\"days\":3,\"count\":{\"op\":\"gte\"}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.count.value"));
        assertThat(condition.validate(json("{\"days\":3}"), "conditions.params")).isNotEmpty();
        assertThat(condition.validate(json("{\"days\":3,\"any\":true}"), "conditions.params")).isEmpty();
    }
}
