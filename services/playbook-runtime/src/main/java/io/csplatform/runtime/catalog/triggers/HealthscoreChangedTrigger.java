package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code healthscore.changed}: the customer's health score changes; optional {@code fromBand} / {@code toBand}
 * (case-insensitive) and {@code direction} {@code up} / {@code down} / {@code any} (default), comparing
 * {@code toScore} with {@code fromScore}. A first score (no fromScore / fromBand) passes neither a direction nor a
 * fromBand filter.
 */
@Singleton
public class HealthscoreChangedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "fromBand": {"type": "string", "minLength": 1},
               "toBand": {"type": "string", "minLength": 1},
               "direction": {"enum": ["up", "down", "any"], "default": "any"}}}""");

    @Override
    public String id() {
        return "healthscore.changed";
    }

    @Override
    public Labels labels() {
        return new Labels("Health score changed", "Health Score Alterado");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String fromBand = TriggerSupport.text(params, "fromBand");
        String toBand = TriggerSupport.text(params, "toBand");
        String direction = params.path("direction").asText("any");
        BigDecimal fromScore = score(payload.get("fromScore"));
        BigDecimal toScore = score(payload.get("toScore"));
        boolean directionPasses = switch (direction) {
            case "up" -> fromScore != null && toScore != null && toScore.compareTo(fromScore) > 0;
            case "down" -> fromScore != null && toScore != null && toScore.compareTo(fromScore) < 0;
            default -> true;
        };
        boolean passed = directionPasses
                && (fromBand == null || TriggerSupport.equalsIgnoreCase(fromBand, TriggerSupport.text(payload, "fromBand")))
                && (toBand == null || TriggerSupport.equalsIgnoreCase(toBand, TriggerSupport.text(payload, "toBand")));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.fromScore", fromScore);
        seen.put("event.toScore", toScore);
        seen.put("event.fromBand", TriggerSupport.text(payload, "fromBand"));
        seen.put("event.toBand", TriggerSupport.text(payload, "toBand"));
        seen.put("direction", direction);
        seen.put("fromBand", fromBand);
        seen.put("toBand", toBand);
        return Outcome.of(passed, seen);
    }

    private static BigDecimal score(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
