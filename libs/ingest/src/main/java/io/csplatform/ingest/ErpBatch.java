package io.csplatform.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A bulk request {@code {"items": [...]}} of up to 1,000 ERP messages of one kind, each checked against the same
 * JSON Schema as on Kafka; a bad item makes the whole request a 400 naming {@code items[i]}.
 */
public final class ErpBatch {

    public static final int MAX_ITEMS = 1000;

    private ErpBatch() {
    }

    public record ItemResult(int index, String externalId, Applied.Outcome outcome, UUID id, String reason) {
    }

    public record BatchResult(int created, int updated, int unchanged, int rejected, List<ItemResult> items) {
        static BatchResult of(List<ItemResult> items) {
            return new BatchResult(count(items, Applied.Outcome.CREATED), count(items, Applied.Outcome.UPDATED),
                    count(items, Applied.Outcome.UNCHANGED), count(items, Applied.Outcome.REJECTED), items);
        }

        private static int count(List<ItemResult> items, Applied.Outcome outcome) {
            return (int) items.stream().filter(item -> item.outcome() == outcome).count();
        }
    }

    public static <T> List<T> items(JsonNode body, MessageType<T> type) {
        JsonNode items = body == null ? null : body.get("items");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ProblemException.invalidField("items", "must be a list of 1 to " + MAX_ITEMS + " " + type.name() + " items");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> violations = ContractSchemas.violations(type.schemaPath(), items.get(i));
            if (violations.isEmpty()) {
                parsed.add(parse(items.get(i), type));
            } else {
                final int index = i;
                violations.forEach(v -> errors.add(new Problem.FieldError("items[" + index + "]", v)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.size() + " problem(s) in the items", errors));
        }
        return parsed;
    }

    /** What a replay must match: the endpoint and the exact items. */
    public static String fingerprint(String endpoint, JsonNode body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return endpoint + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(JsonNode item, MessageType<T> type) {
        try {
            return EventJson.MAPPER.treeToValue(item, type.payloadType());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField("items", e.getOriginalMessage());
        }
    }
}
