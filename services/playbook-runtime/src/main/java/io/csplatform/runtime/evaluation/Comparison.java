package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * A numeric comparison as playbooks write it: {@code {"op": "gte", "value": 5}} or
 * {@code {"op": "between", "min": 1, "max": 3}} (both ends included). Ops: eq, ne, gt, gte, lt, lte, between.
 * {@link #SCHEMA} is the JSON Schema fragment for such an object.
 */
public record Comparison(String op, BigDecimal value, BigDecimal min, BigDecimal max) {

    public static final String SCHEMA = """
            {"type": "object", "required": ["op"],
             "properties": {
               "op": {"enum": ["eq", "ne", "gt", "gte", "lt", "lte", "between"]},
               "value": {"type": "number"}, "min": {"type": "number"}, "max": {"type": "number"}},
             "if": {"properties": {"op": {"const": "between"}}},
             "then": {"required": ["min", "max"]}, "else": {"required": ["value"]}}""";

    public static Comparison of(JsonNode node) {
        return new Comparison(node.path("op").asText("eq"), number(node.get("value")), number(node.get("min")),
                number(node.get("max")));
    }

    /** Whether {@code actual} passes; an unknown (null) value never passes. */
    public boolean test(BigDecimal actual) {
        if (actual == null) {
            return false;
        }
        return switch (op) {
            case "eq" -> actual.compareTo(value) == 0;
            case "ne" -> actual.compareTo(value) != 0;
            case "gt" -> actual.compareTo(value) > 0;
            case "gte" -> actual.compareTo(value) >= 0;
            case "lt" -> actual.compareTo(value) < 0;
            case "lte" -> actual.compareTo(value) <= 0;
            case "between" -> actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0;
            default -> throw new IllegalArgumentException("unknown comparison " + op);
        };
    }

    public boolean test(long actual) {
        return test(BigDecimal.valueOf(actual));
    }

    @Override
    public String toString() {
        return "between".equals(op) ? "between " + min + " and " + max : op + " " + value;
    }

    private static BigDecimal number(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
