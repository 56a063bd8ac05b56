package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** {@code ticket.created}: a support ticket is opened. No parameters: every such event fires. */
@Singleton
public class TicketCreatedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.none();

    @Override
    public String id() {
        return "ticket.created";
    }

    @Override
    public Labels labels() {
        return new Labels("New ticket", "Novo Ticket");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        Map<String, Object> seen = new HashMap<>();
        seen.put("ticketId", TriggerSupport.text(payload, "ticketId"));
        seen.put("status", TriggerSupport.text(payload, "status"));
        seen.put("priority", TriggerSupport.text(payload, "priority"));
        return Outcome.of(true, seen);
    }
}
