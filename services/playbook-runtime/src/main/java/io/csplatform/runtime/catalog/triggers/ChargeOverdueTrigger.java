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

/** {@code charge.overdue}: a charge passed its due date unpaid (finance's daily sweep). No parameters: every such event fires. */
@Singleton
public class ChargeOverdueTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.none();

    @Override
    public String id() {
        return "charge.overdue";
    }

    @Override
    public Labels labels() {
        return new Labels("Overdue charge", "Cobrança financeira atrasada");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        Map<String, Object> seen = new HashMap<>();
        seen.put("chargeId", TriggerSupport.text(payload, "chargeId"));
        seen.put("dueDate", TriggerSupport.text(payload, "dueDate"));
        seen.put("overdueCharges", TriggerSupport.text(payload, "overdueCharges"));
        return Outcome.of(true, seen);
    }
}
