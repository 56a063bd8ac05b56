package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Params;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** {@code journey.task.create}: a task due N days after the trigger, optionally skipping weekends. */
public class JourneyTaskCreateAction implements Action {

    @Override
    public String id() {
        return "journey.task.create";
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Params.requireText(params, path, "title"));
        JsonNode days = params.path("dueInDays");
        if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() < 0) {
            errors.add(new PathError(path + ".dueInDays", "is required and must be a whole number of days, 0 or more"));
        }
        if (!params.path("skipWeekends").isMissingNode() && !params.path("skipWeekends").isBoolean()) {
            errors.add(new PathError(path + ".skipWeekends", "must be true or false"));
        }
        return errors;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, TriggerEvent event, Facts facts) {
        JsonNode assignee = params.path("assignee");
        return Plan.send(JourneyMessages.JOURNEY_TASK_CREATE, new JourneyTaskCreate(step, event.customerId(),
                params.path("title").asText(), params.path("dueInDays").asInt(),
                params.path("skipWeekends").asBoolean(false), event.time().atZone(ZoneOffset.UTC).toLocalDate(),
                assignee.isObject() ? new Assignee(text(assignee, "ownerType"), text(assignee, "userId")) : null));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
