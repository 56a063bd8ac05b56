package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tracking.total-diff}: total tracking events of the {@code current} period minus the {@code previous}
 * (explicit {@code {from, to}} days, both included), or of the last {@code days} days minus the {@code days} before;
 * {@code mode} absolute or percent; passes {@code diff}.
 */
@Singleton
public class TrackingTotalDiffCondition implements Condition {

    private static final String PERIOD = """
            {"type": "object", "additionalProperties": false, "required": ["from", "to"],
             "properties": {"from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"}}}""";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["diff"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660},
                            "current": %s, "previous": %s, "mode": %s, "diff": %s},
             "oneOf": [{"required": ["days"]}, {"required": ["current", "previous"]}]}"""
            .formatted(PERIOD, PERIOD, PeriodDiff.MODE_SCHEMA, Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.total-diff";
    }

    @Override
    public Labels labels() {
        return new Labels("Difference in total tracking between periods", "Diferença entre o total de trackings no período");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Condition.super.validate(params, path));
        if (errors.isEmpty() && params != null) {
            for (String name : new String[] {"current", "previous"}) {
                JsonNode period = params.path(name);
                if (period.isObject() && period(period).from().isAfter(period(period).to())) {
                    errors.add(new PathError(path + "." + name + ".to", "must not be before from"));
                }
            }
        }
        return errors;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period current;
        Context.Period previous;
        if (params.has("current")) {
            current = period(params.path("current"));
            previous = period(params.path("previous"));
        } else {
            current = context.lastDays(params.path("days").asInt());
            previous = current.previous();
        }
        String mode = PeriodDiff.mode(params);
        Comparison comparison = Comparison.of(params.path("diff"));
        BigDecimal now = context.facts().tracking().total(current.from(), current.to());
        BigDecimal before = context.facts().tracking().total(previous.from(), previous.to());
        BigDecimal diff = PeriodDiff.of(mode, now, before);
        Map<String, Object> seen = new HashMap<>();
        seen.put("period.current", current.toString());
        seen.put("period.previous", previous.toString());
        seen.put("tracking.current", now);
        seen.put("tracking.previous", before);
        seen.put("mode", mode);
        seen.put("diff", diff);
        if (diff == null) {
            seen.put("note", "percent unknown: no usage in the previous period");
        }
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(diff), seen);
    }

    private static Context.Period period(JsonNode node) {
        return new Context.Period(LocalDate.parse(node.path("from").asText()), LocalDate.parse(node.path("to").asText()));
    }
}
