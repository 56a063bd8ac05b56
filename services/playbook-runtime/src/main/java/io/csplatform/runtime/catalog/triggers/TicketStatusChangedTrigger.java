package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ticket.status.changed}: a ticket's status changes; optional {@code from} / {@code to}: lists of statuses
 * (case-insensitive) the old / new status must be one of. An unknown old status never passes a {@code from} filter.
 */
@Singleton
public class TicketStatusChangedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "from": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               "to": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}""");

    @Override
    public String id() {
        return "ticket.status.changed";
    }

    @Override
    public Labels labels() {
        return new Labels("Ticket status changed", "Status do Ticket Alterado");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String fromStatus = TriggerSupport.text(payload, "fromStatus");
        String toStatus = TriggerSupport.text(payload, "toStatus");
        List<String> from = TriggerSupport.texts(params.get("from"));
        List<String> to = TriggerSupport.texts(params.get("to"));
        boolean passed = (from.isEmpty() || fromStatus != null && TriggerSupport.anyOf(from, List.of(fromStatus)))
                && (to.isEmpty() || toStatus != null && TriggerSupport.anyOf(to, List.of(toStatus)));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.fromStatus", fromStatus);
        seen.put("event.toStatus", toStatus);
        seen.put("from", from.isEmpty() ? null : from);
        seen.put("to", to.isEmpty() ? null : to);
        return Outcome.of(passed, seen);
    }
}
