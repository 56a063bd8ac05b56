package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyChecklistItemComplete;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** {@code journey.checklist-item.complete}: mark the checklist item {@code item} of a journey task completed. */
@Singleton
public class JourneyChecklistItemCompleteAction extends TaskCommandAction {

    public JourneyChecklistItemCompleteAction() {
        super("\"item\": " + ActionParams.TEXT, "\"item\"");
    }

    @Override
    public String id() {
        return "journey.checklist-item.complete";
    }

    @Override
    public Labels labels() {
        return new Labels("Complete a checklist item", "Concluir item do checklist");
    }

    @Override
    protected Plan plan(JsonNode params, ExecutionStep step, Context context, UUID taskId, UUID templateTaskId,
                        Optional<Facts.Task> task) {
        return Plan.send(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE, new JourneyChecklistItemComplete(step,
                context.facts().customerId(), taskId, templateTaskId, params.path("item").asText()));
    }
}
