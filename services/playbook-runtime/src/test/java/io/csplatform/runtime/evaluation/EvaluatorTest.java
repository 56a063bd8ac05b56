package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.runtime.catalog.CustomerStatusCondition;
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
        assertThat(evaluator.evaluate(null, contractCreated, facts("churned")).fire()).isTrue();
    }

    @Test
    void customerStatusPassesOnlyForAListedStatusAndTracesTheValueItSaw() throws Exception {
        JsonNode tree = JSON.readTree("{\"type\":\"customer.status\",\"params\":{\"in\":[\"active\",\"onboarding\"]}}");

        Decision onboarding = evaluator.evaluate(tree, contractCreated, facts("onboarding"));
        Decision churned = evaluator.evaluate(tree, contractCreated, facts("churned"));

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

        Decision decision = evaluator.evaluate(tree, contractCreated, facts("onboarding"));

        assertThat(decision.fire()).isTrue();
        assertThat(decision.trace()).extracting(TraceEntry::path).containsExactly(
                "conditions.all[0].any[0]", "conditions.all[0].any[1]", "conditions.all[0]",
                "conditions.all[1].not", "conditions.all[1]", "conditions");
        assertThat(evaluator.evaluate(tree, contractCreated, facts("churned")).fire()).isFalse();
    }

    private static Facts facts(String status) {
        return new Facts(UUID.randomUUID(), "ACME", status, "Ana", "ana@acme.test", BigDecimal.TEN);
    }
}
