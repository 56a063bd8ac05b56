package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskSchedule;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code journey.task.schedule}: schedule an existing journey task {@code dueInDays} after today (tenant zone),
 * optionally skipping weekends, for an owner type or a user.
 */
@Singleton
public class JourneyTaskScheduleAction extends TaskCommandAction {

    public JourneyTaskScheduleAction() {
        super("""
                "dueInDays": {"type": "integer", "minimum": 0, "maximum": 3650},
                "skipWeekends": {"type": "boolean"},
                "assignee": %s""".formatted(ActionParams.ASSIGNEE), "\"dueInDays\"");
    }

    @Override
    public String id() {
        return "journey.task.schedule";
    }

    @Override
    public Labels labels() {
        return new Labels("Schedule a journey task", "Agendar tarefa na Jornada");
    }

    @Override
    protected Plan plan(JsonNode params, ExecutionStep step, Context context, UUID taskId, UUID templateTaskId,
                        Optional<Facts.Task> task) {
        return Plan.send(JourneyMessages.JOURNEY_TASK_SCHEDULE, new JourneyTaskSchedule(step,
                context.facts().customerId(), taskId, templateTaskId, params.path("dueInDays").asInt(),
                context.today(), params.path("skipWeekends").asBoolean(false), ActionParams.assignee(params)));
    }
}
