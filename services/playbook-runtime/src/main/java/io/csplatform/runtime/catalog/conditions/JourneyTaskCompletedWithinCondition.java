package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code journey.task.completed-within}: the journey task ({@code templateTaskId} / {@code title}, optional
 * {@code journeyId}) was completed at most {@code days} days after {@code from}: its creation (default) or the
 * journey's start (the earliest creation date of the tasks of the same journey).
 */
@Singleton
public class JourneyTaskCompletedWithinCondition implements Condition {

    private static final String JOURNEY_START = "journey-start";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {%s, "days": {"type": "integer", "minimum": 0, "maximum": 3660},
                            "from": {"enum": ["creation", "journey-start"], "default": "creation"}},
             %s}""".formatted(JourneyTaskRef.PROPERTIES, JourneyTaskRef.ONE_OF_REQUIRED));

    @Override
    public String id() {
        return "journey.task.completed-within";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey task completed within X days", "Tarefa da jornada do cliente concluída em X dias");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        JourneyTaskRef ref = JourneyTaskRef.of(params);
        int days = params.path("days").asInt();
        String from = params.path("from").asText("creation");
        Map<String, Object> seen = new HashMap<>();
        seen.put("task", ref.describe());
        seen.put("from", from);
        seen.put("days", days);
        List<Facts.Task> completed = ref.find(context.facts()).stream().filter(Facts.Task::completed).toList();
        Long best = null;
        for (Facts.Task task : completed) {
            LocalDate start = JOURNEY_START.equals(from) ? journeyStart(context.facts(), task) : task.createdDate();
            if (start == null || task.completedDate() == null) {
                continue;
            }
            long taken = ChronoUnit.DAYS.between(start, task.completedDate());
            if (best == null || taken < best) {
                best = taken;
                seen.put("start", start.toString());
                seen.put("task.completedDate", task.completedDate().toString());
            }
        }
        seen.put("tasks.completed", completed.size());
        seen.put("daysTaken", best);
        return Outcome.of(best != null && best <= days, seen);
    }

    /** The earliest creation date of the journey tasks of the task's journey; null when the journey is unknown. */
    private static LocalDate journeyStart(Facts facts, Facts.Task task) {
        if (task.journeyId() == null) {
            return null;
        }
        return facts.tasks().stream().filter(other -> !other.board() && task.journeyId().equals(other.journeyId()))
                .map(Facts.Task::createdDate).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}
