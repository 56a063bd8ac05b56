package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.catalog.conditions.JourneyTaskRef;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * The task an action works on: the one its params name ({@code task}: template task id or title, optionally a
 * journey), else the task of the triggering event. Among several matching tasks a pending one wins, then the newest.
 */
final class Tasks {

    /** JSON Schema of the {@code task} param. */
    static final String REF = """
            {"type": "object", "additionalProperties": false, "properties": {%s}, %s}"""
            .formatted(JourneyTaskRef.PROPERTIES, JourneyTaskRef.ONE_OF_REQUIRED);

    private Tasks() {
    }

    static Optional<Facts.Task> of(JsonNode params, Context context) {
        JsonNode ref = params.get("task");
        if (ref != null && ref.isObject()) {
            return JourneyTaskRef.of(ref).find(context.facts()).stream()
                    .min(Comparator.comparing(Facts.Task::completed)
                            .thenComparing(Facts.Task::createdDate, Comparator.nullsLast(Comparator.reverseOrder())));
        }
        JsonNode taskId = context.event().payload().get("taskId");
        if (taskId == null || !taskId.isTextual()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(taskId.asText());
        return context.facts().tasks().stream().filter(task -> task.id().equals(id)).findFirst();
    }

    /** How the missing task reads in a skip reason. */
    static String missing(JsonNode params) {
        JsonNode ref = params.get("task");
        return ref != null && ref.isObject() ? "the customer has no task " + JourneyTaskRef.of(ref).describe()
                : "the trigger names no task of the customer";
    }

    /** A task reference's template task id, for the owning service to resolve when the runtime does not know it yet. */
    static UUID templateTaskId(JsonNode params) {
        return ActionParams.uuid(params.path("task"), "templateTaskId");
    }
}
