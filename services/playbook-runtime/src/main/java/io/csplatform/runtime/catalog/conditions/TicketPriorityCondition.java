package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code ticket.priority}: the triggering ticket's priority is one of {@code params.in} (case-insensitive). Fails
 * when the trigger is not a ticket event or the priority is unknown.
 */
@Singleton
public class TicketPriorityCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["in"],
             "properties": {"in": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}""");

    @Override
    public String id() {
        return "ticket.priority";
    }

    @Override
    public Labels labels() {
        return new Labels("Ticket priority is", "Prioridade do Ticket igual a");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        List<String> wanted = StreamSupport.stream(params.path("in").spliterator(), false).map(JsonNode::asText).toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("in", wanted);
        if (!TriggeringTicket.present(context)) {
            seen.put("ticket", "no triggering ticket");
            seen.put("ticket.priority", null);
            return Outcome.of(false, seen);
        }
        String priority = TriggeringTicket.priority(context);
        seen.put("ticket.id", String.valueOf(TriggeringTicket.id(context)));
        seen.put("ticket.priority", priority);
        return Outcome.of(priority != null && wanted.stream().anyMatch(priority::equalsIgnoreCase), seen);
    }
}
