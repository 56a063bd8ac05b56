package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.event;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.daysAgo;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code ticket.rating}: the triggering ticket's rating, else the latest rated ticket's. */
class TicketRatingConditionTest {

    private final TicketRatingCondition condition = new TicketRatingCondition();
    private final UUID ticket = UUID.randomUUID();

    @Test
    void theTriggeringRatingIsCompared() {
        Facts facts = facts().build();
        String rated = "{\"ticketId\":\"" + ticket + "\",\"rating\":2,\"status\":\"closed\"}";
        assertThat(condition.evaluate(json("{\"rating\":{\"op\":\"lte\",\"value\":2}}"),
                context(event("ticket.rated", rated), facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"rating\":{\"op\":\"lt\",\"value\":2}}"),
                context(event("ticket.rated", rated), facts)).passed()).isFalse();
    }

    @Test
    void withoutATicketTriggerTheLatestRatedTicketCounts() {
        Facts facts = facts().ticket(UUID.randomUUID(), "closed", true, null, 1, daysAgo(10))
                .ticket(UUID.randomUUID(), "closed", true, null, 5, daysAgo(3))
                .ticket(UUID.randomUUID(), "open", false, null, null, daysAgo(1)).build();
        Outcome outcome = condition.evaluate(json("{\"rating\":{\"op\":\"eq\",\"value\":5}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("ticket.rating", 5);
    }

    @Test
    void anUnratedTriggeringTicketOrNoRatedTicketFails() {
        Facts facts = facts().ticket(ticket, "open", false, null, null, daysAgo(1)).build();
        assertThat(condition.evaluate(json("{\"rating\":{\"op\":\"gte\",\"value\":1}}"), context(event("ticket.created",
                "{\"ticketId\":\"" + ticket + "\",\"status\":\"open\"}"), facts)).passed()).isFalse();
        Outcome outcome = condition.evaluate(json("{\"rating\":{\"op\":\"gte\",\"value\":1}}"), context(facts));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("ticket", "no rated ticket").containsEntry("ticket.rating", null);
    }

    @Test
    void aComparisonWithoutValueIsRefused() {
        assertThat(condition.validate(json("{\"rating\":{\"op\":\"eq\"}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.rating.value"));
    }
}
