package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.DaySeries;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sales.revenue}: transactional sales pass {@code compare}. {@code mode} "total" (value sold) or "count"
 * (number of sales) over {@code days} (last N days) or {@code period} "month" / "year" (the current calendar one, to
 * today); "diff-absolute" / "diff-percent": the last {@code days} days minus the {@code days} before (of the value,
 * or of the count with {@code of: "count"}); a percent from a zero previous period is unknown (fails) unless both are 0.
 */
@Singleton
public class SalesRevenueCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["mode", "compare"],
             "properties": {
               "mode": {"enum": ["total", "count", "diff-absolute", "diff-percent"]},
               "days": {"type": "integer", "minimum": 1, "maximum": 3660},
               "period": {"enum": ["month", "year"]},
               "of": {"enum": ["value", "count"], "default": "value"},
               "compare": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "sales.revenue";
    }

    @Override
    public Labels labels() {
        return new Labels("Transactional revenue", "Receita transacional");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Condition.super.validate(params, path));
        if (params == null || !params.isObject() || !errors.isEmpty()) {
            return errors;
        }
        boolean diff = params.path("mode").asText().startsWith("diff-");
        boolean days = params.has("days");
        boolean period = params.has("period");
        if (diff && period) {
            errors.add(new PathError(path + ".period", "the diff modes compare the last N days: use days"));
        } else if (diff && !days) {
            errors.add(new PathError(path + ".days", "is required for the diff modes"));
        } else if (days && period) {
            errors.add(new PathError(path + ".period", "give either days or period, not both"));
        } else if (!days && !period) {
            errors.add(new PathError(path + ".days", "days or period is required"));
        }
        if (!diff && params.has("of")) {
            errors.add(new PathError(path + ".of", "only for the diff modes"));
        }
        return errors;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String mode = params.path("mode").asText();
        Comparison comparison = Comparison.of(params.path("compare"));
        DaySeries sales = context.facts().salesPerDay();
        Context.Period current = period(params, context);
        Map<String, Object> seen = new HashMap<>();
        seen.put("mode", mode);
        seen.put("period", current.toString());
        BigDecimal result;
        if (mode.startsWith("diff-")) {
            boolean count = "count".equals(params.path("of").asText("value"));
            Context.Period previous = current.previous();
            BigDecimal now = amount(sales, current, count);
            BigDecimal before = amount(sales, previous, count);
            seen.put("previousPeriod", previous.toString());
            seen.put("of", count ? "count" : "value");
            seen.put("current", now);
            seen.put("previous", before);
            result = diff("diff-percent".equals(mode), now, before);
            if (result == null) {
                seen.put("note", "previous period is zero: percent unknown");
            }
        } else {
            result = amount(sales, current, "count".equals(mode));
        }
        seen.put("sales." + mode, result);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(result), seen);
    }

    private static Context.Period period(JsonNode params, Context context) {
        if (params.has("days")) {
            return context.lastDays(params.path("days").asInt());
        }
        return "year".equals(params.path("period").asText())
                ? new Context.Period(context.today().withDayOfYear(1), context.today())
                : new Context.Period(context.today().withDayOfMonth(1), context.today());
    }

    private static BigDecimal amount(DaySeries sales, Context.Period period, boolean count) {
        return count ? BigDecimal.valueOf(sales.count(period.from(), period.to()))
                : sales.total(period.from(), period.to());
    }

    static BigDecimal diff(boolean percent, BigDecimal current, BigDecimal previous) {
        return PeriodDiff.of(percent ? PeriodDiff.PERCENT : PeriodDiff.ABSOLUTE, current, previous);
    }
}
