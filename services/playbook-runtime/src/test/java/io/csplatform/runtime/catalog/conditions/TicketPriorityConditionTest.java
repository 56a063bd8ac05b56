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

/** Catalog row {@code ticket.priority}: the triggering ticket's priority is one of a list. */
class TicketPriorityConditionTest {

    private final TicketPriorityCondition condition = new TicketPriorityCondition();
    private final UUID ticket = UUID.randomUUID();

    @Test
    void theTriggeringTicketsPriorityIsChecked() {
        Facts facts = facts().build();
        String created = "{\"ticketId\":\"" + ticket + "\",\"status\":\"new\",\"priority\":\"Urgent\"}";
        assertThat(condition.evaluate(json("{\"in\":[\"urgent\",\"high\"]}"), context(event("ticket.created", created),
                facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"in\":[\"low\"]}"), context(event("ticket.created", created), facts))
                .passed()).isFalse();
    }

    @Test
    void anUnknownPriorityOrNoTicketTriggerFails() {
        Outcome nullPriority = condition.evaluate(json("{\"in\":[\"high\"]}"), context(event("ticket.created",
                "{\"ticketId\":\"" + ticket + "\",\"priority\":null}"), facts().build()));
        assertThat(nullPriority.passed()).isFalse();
        assertThat(nullPriority.seen()).containsEntry("ticket.priority", null);
        Facts facts = facts().ticket(ticket, "open", false, "high", null, daysAgo(1)).build();
        Outcome noTrigger = condition.evaluate(json("{\"in\":[\"high\"]}"), context(facts));
        assertThat(noTrigger.passed()).isFalse();
        assertThat(noTrigger.seen()).containsEntry("ticket", "no triggering ticket");
    }

    @Test
    void aMissingListIsRefused() {
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.in"));
    }
}
