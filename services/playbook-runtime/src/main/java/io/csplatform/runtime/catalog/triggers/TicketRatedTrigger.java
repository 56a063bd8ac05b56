package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** {@code ticket.rated}: a ticket receives a rating (1..5); optional {@code rating}: a {@link Comparison} it must pass. */
@Singleton
public class TicketRatedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"rating": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "ticket.rated";
    }

    @Override
    public Labels labels() {
        return new Labels("Ticket rated", "Nova avaliação no Ticket");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode rating = context.event().payload().get("rating");
        Integer value = rating == null || !rating.isNumber() ? null : rating.asInt();
        Comparison comparison = params.hasNonNull("rating") ? Comparison.of(params.get("rating")) : null;
        boolean passed = comparison == null || value != null && comparison.test(value);
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.rating", value);
        seen.put("rating", comparison == null ? null : comparison.toString());
        return Outcome.of(passed, seen);
    }
}
