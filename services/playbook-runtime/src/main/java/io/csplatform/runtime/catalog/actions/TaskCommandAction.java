package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.ParamsSchema;

import java.util.Optional;
import java.util.UUID;

/**
 * The journey actions that work on an existing task ({@code task}: template task id or title; else the triggering
 * task). The runtime names the task it knows; when its facts do not know the task yet but the reference has a template
 * task id, journeys resolves it in the customer's current journey.
 */
abstract class TaskCommandAction implements Action {

    private final JsonNode schema;

    protected TaskCommandAction(String properties, String required) {
        this.schema = ParamsSchema.parse("""
                {"type": "object", "additionalProperties": false, "required": [%s],
                 "properties": {"task": %s%s}}""".formatted(required, Tasks.REF,
                properties.isEmpty() ? "" : ", " + properties));
    }

    @Override
    public JsonNode paramsSchema() {
        return schema;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        Optional<Facts.Task> task = Tasks.of(params, context).filter(t -> !t.board());
        UUID templateTaskId = Tasks.templateTaskId(params);
        if (task.isEmpty() && templateTaskId == null) {
            return Plan.skip(Tasks.missing(params));
        }
        return plan(params, step, context, task.map(Facts.Task::id).orElse(null), templateTaskId, task);
    }

    protected abstract Plan plan(JsonNode params, ExecutionStep step, Context context, UUID taskId,
                                 UUID templateTaskId, Optional<Facts.Task> task);
}
