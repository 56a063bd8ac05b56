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

/** Catalog row {@code ticket.status}: the triggering ticket's status, else any open ticket's, is one of a list. */
class TicketStatusConditionTest {

    private final TicketStatusCondition condition = new TicketStatusCondition();
    private final UUID ticket = UUID.randomUUID();

    @Test
    void theTriggeringTicketsNewStatusIsChecked() {
        Outcome outcome = condition.evaluate(json("{\"in\":[\"waiting customer\"]}"), context(event("ticket.status.changed",
                "{\"ticketId\":\"" + ticket + "\",\"fromStatus\":\"open\",\"toStatus\":\"Waiting Customer\"}"),
                facts().build()));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("ticket.status", "Waiting Customer");
        assertThat(condition.evaluate(json("{\"in\":[\"open\"]}"), context(event("ticket.created",
                "{\"ticketId\":\"" + ticket + "\",\"status\":\"new\"}"), facts().build())).passed()).isFalse();
    }

    @Test
    void aTicketEventWithoutStatusUsesTheKnownTicket() {
        Facts facts = facts().ticket(ticket, "escalated", false, "high", null, daysAgo(1)).build();
        assertThat(condition.evaluate(json("{\"in\":[\"escalated\"]}"), context(event("ticket.sla.breached",
                "{\"ticketId\":\"" + ticket + "\",\"metric\":\"RESOLUTION\"}"), facts)).passed()).isTrue();
    }

    @Test
    void withoutATicketTriggerAnyOpenTicketWithTheStatusPasses() {
        Facts facts = facts().ticket(UUID.randomUUID(), "escalated", true, "high", null, daysAgo(1))
                .ticket(UUID.randomUUID(), "open", false, "low", null, daysAgo(1)).build();
        assertThat(condition.evaluate(json("{\"in\":[\"escalated\"]}"), context(facts)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"in\":[\"open\"]}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"in\":[\"open\"]}"), context(facts().build())).passed()).isFalse();
    }

    @Test
    void anEmptyListIsRefused() {
        assertThat(condition.validate(json("{\"in\":[]}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.in"));
    }
}
