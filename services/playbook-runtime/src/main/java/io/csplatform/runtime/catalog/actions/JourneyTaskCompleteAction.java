package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** {@code journey.task.complete}: mark a journey task completed. */
@Singleton
public class JourneyTaskCompleteAction extends TaskCommandAction {

    public JourneyTaskCompleteAction() {
        super("", "");
    }

    @Override
    public String id() {
        return "journey.task.complete";
    }

    @Override
    public Labels labels() {
        return new Labels("Complete a journey task", "Concluir tarefa na Jornada");
    }

    @Override
    protected Plan plan(JsonNode params, ExecutionStep step, Context context, UUID taskId, UUID templateTaskId,
                        Optional<Facts.Task> task) {
        return Plan.send(JourneyMessages.JOURNEY_TASK_COMPLETE,
                new JourneyTaskComplete(step, context.facts().customerId(), taskId, templateTaskId));
    }
}
