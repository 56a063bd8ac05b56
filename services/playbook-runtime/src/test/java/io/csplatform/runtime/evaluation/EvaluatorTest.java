package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.runtime.catalog.conditions.CustomerStatusCondition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Evaluator evaluator = new Evaluator(Map.of("customer.status", new CustomerStatusCondition()));
    private final TriggerEvent contractCreated = new TriggerEvent(UUID.randomUUID(), "contract.created",
            UUID.randomUUID(), JSON.createObjectNode(), Instant.parse("2026-11-24T10:00:00Z"));

    @Test
    void noConditionsMeansThePlaybookAlwaysFires() {
        assertThat(evaluator.evaluate(null, context("churned")).fire()).isTrue();
    }

    @Test
    void customerStatusPassesOnlyForAListedStatusAndTracesTheValueItSaw() throws Exception {
        JsonNode tree = JSON.readTree("{\"type\":\"customer.status\",\"params\":{\"in\":[\"active\",\"onboarding\"]}}");

        Decision onboarding = evaluator.evaluate(tree, context("onboarding"));
        Decision churned = evaluator.evaluate(tree, context("churned"));

        assertThat(onboarding.fire()).isTrue();
        assertThat(churned.fire()).isFalse();
        assertThat(churned.trace()).singleElement().satisfies(entry -> {
            assertThat(entry.path()).isEqualTo("conditions");
            assertThat(entry.seen()).containsEntry("customer.status", "churned");
        });
    }

    @Test
    void allAnyAndNotCombineAndEveryNodeIsInTheTrace() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"all": [
                  {"any": [{"type":"customer.status","params":{"in":["active"]}},
                           {"type":"customer.status","params":{"in":["onboarding"]}}]},
                  {"not": {"type":"customer.status","params":{"in":["churned"]}}}
                ]}""");

        Decision decision = evaluator.evaluate(tree, context("onboarding"));

        assertThat(decision.fire()).isTrue();
        assertThat(decision.trace()).extracting(TraceEntry::path).containsExactly(
                "conditions.all[0].any[0]", "conditions.all[0].any[1]", "conditions.all[0]",
                "conditions.all[1].not", "conditions.all[1]", "conditions");
        assertThat(evaluator.evaluate(tree, context("churned")).fire()).isFalse();
    }

    private Context context(String status) {
        Facts empty = Facts.empty(UUID.randomUUID());
        var c = empty.customer();
        var customer = new Facts.Customer("ACME", null, status, null, null, null, null, c.products(), c.services(),
                c.groups(), c.segments(), c.tags(), null, null, false, c.attributes(), BigDecimal.TEN, null, "BRL", null);
        Facts facts = new Facts(empty.customerId(), customer, empty.contacts(), empty.owners(), empty.contracts(),
                empty.charges(), empty.tasks(), empty.tickets(), empty.answers(), empty.users(), null, empty.hierarchy(),
                empty.executions(), empty.ticketsPerDay(), empty.salesPerDay(), empty.tracking());
        return new Context(contractCreated, facts, Instant.parse("2026-11-24T10:00:00Z"), java.time.ZoneId.of("UTC"), UUID.randomUUID());
    }
}
