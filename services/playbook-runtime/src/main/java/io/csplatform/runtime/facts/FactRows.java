package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer's rows of the projection as read from the database, before they become {@link io.csplatform.runtime.evaluation.Facts}. */
public record FactRows(UUID customerId, List<Row> fields, List<FactChanges.Bucket> buckets, UUID parentId,
                       BigDecimal parentMrr, Map<UUID, BigDecimal> branchesMrr, Map<UUID, List<Instant>> executions) {

    public record Row(String kind, String entity, String field, JsonNode value) {
    }

    /** Buckets of one metric, for callers that build day series. */
    public List<FactChanges.Bucket> buckets(String metric) {
        return buckets.stream().filter(b -> b.metric().equals(metric)).toList();
    }

    public static LocalDate date(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isEmpty() ? null : LocalDate.parse(node.asText());
    }
}
