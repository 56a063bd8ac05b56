package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** {@code customer.status}: the customer's status is one of {@code params.in}. */
public class CustomerStatusCondition implements Condition {

    @Override
    public String id() {
        return "customer.status";
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        JsonNode in = params.path("in");
        if (!in.isArray() || in.isEmpty() || !StreamSupport.stream(in.spliterator(), false).allMatch(JsonNode::isTextual)) {
            return List.of(new PathError(path + ".in", "must be a non-empty list of statuses"));
        }
        return List.of();
    }

    @Override
    public Outcome evaluate(JsonNode params, TriggerEvent event, Facts facts) {
        String status = facts == null ? null : facts.status();
        boolean passed = StreamSupport.stream(params.path("in").spliterator(), false)
                .anyMatch(value -> value.asText().equals(status));
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.status", status);
        return new Outcome(passed, seen);
    }
}
