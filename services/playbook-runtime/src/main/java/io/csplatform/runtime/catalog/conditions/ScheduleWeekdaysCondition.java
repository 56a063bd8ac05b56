package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code schedule.weekdays}: today (in the tenant's zone) is one of {@code days} (MON..SUN). */
@Singleton
public class ScheduleWeekdaysCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"days": {"type": "array", "minItems": 1, "uniqueItems": true,
                                     "items": {"enum": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]}}}}""");

    @Override
    public String id() {
        return "schedule.weekdays";
    }

    @Override
    public Labels labels() {
        return new Labels("Only on selected weekdays", "Executar somente nos dias selecionados");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String today = context.today().getDayOfWeek().name().substring(0, 3);
        List<String> days = new ArrayList<>();
        params.path("days").forEach(day -> days.add(day.asText()));
        Map<String, Object> seen = new HashMap<>();
        seen.put("today", today);
        seen.put("days", days);
        return Outcome.of(days.contains(today), seen);
    }
}
