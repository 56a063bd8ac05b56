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

/**
 * {@code customer.portfolio.changed}: the customer moves to another portfolio; optional {@code from} / {@code to}:
 * the portfolio ids it must leave / join. Leaving or joining "no portfolio" never passes an id filter.
 */
@Singleton
public class CustomerPortfolioChangedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "from": {"type": "string", "format": "uuid"},
               "to": {"type": "string", "format": "uuid"}}}""");

    @Override
    public String id() {
        return "customer.portfolio.changed";
    }

    @Override
    public Labels labels() {
        return new Labels("Portfolio changed", "Alteração de carteira");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String from = TriggerSupport.text(params, "from");
        String to = TriggerSupport.text(params, "to");
        String eventFrom = TriggerSupport.text(payload, "fromPortfolioId");
        String eventTo = TriggerSupport.text(payload, "toPortfolioId");
        boolean passed = (from == null || from.equalsIgnoreCase(String.valueOf(eventFrom)))
                && (to == null || to.equalsIgnoreCase(String.valueOf(eventTo)));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.fromPortfolioId", eventFrom);
        seen.put("event.toPortfolioId", eventTo);
        seen.put("from", from);
        seen.put("to", to);
        return Outcome.of(passed, seen);
    }
}
