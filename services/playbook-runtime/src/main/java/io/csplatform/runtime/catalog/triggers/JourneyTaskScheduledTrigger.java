package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code journey.task.scheduled}: a journey task was scheduled ({@code scheduledOn}) within the last {@code days}
 * days, today included; optionally only the task named by {@code templateTaskId} or {@code title}.
 */
@Singleton
public class JourneyTaskScheduledTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {
               "days": {"type": "integer", "minimum": 1},
               %s}}""".formatted(TriggerSupport.TASK_PROPERTIES));

    @Override
    public String id() {
        return "journey.task.scheduled";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey task scheduled in the last days", "Tarefa da jornada agendada nos últimos dias");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        return TriggerSupport.concat(ParamsSchema.validate(SCHEMA, params, path),
                TriggerSupport.oneTaskReference(params, path));
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        Context.Period period = context.lastDays(params.path("days").asInt(1));
        LocalDate scheduledOn = TriggerSupport.date(payload, "scheduledOn");
        boolean inPeriod = scheduledOn != null && !scheduledOn.isBefore(period.from()) && !scheduledOn.isAfter(period.to());
        boolean passed = inPeriod && TriggerSupport.sameTask(params, payload);
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.scheduledOn", scheduledOn);
        seen.put("period", period.toString());
        seen.put("event.templateTaskId", TriggerSupport.text(payload, "templateTaskId"));
        seen.put("event.title", TriggerSupport.text(payload, "title"));
        seen.put("templateTaskId", TriggerSupport.text(params, "templateTaskId"));
        seen.put("title", TriggerSupport.text(params, "title"));
        return Outcome.of(passed, seen);
    }
}
