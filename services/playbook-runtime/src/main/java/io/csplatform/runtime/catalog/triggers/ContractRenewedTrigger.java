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

/** {@code contract.renewed}: an existing contract is renewed (by request or automatically). No parameters: every such event fires. */
@Singleton
public class ContractRenewedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.none();

    @Override
    public String id() {
        return "contract.renewed";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer contract renewed", "Renovação de Contrato do Cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        Map<String, Object> seen = new HashMap<>();
        seen.put("contractId", TriggerSupport.text(payload, "contractId"));
        seen.put("endDate", TriggerSupport.text(payload, "endDate"));
        seen.put("automatic", TriggerSupport.text(payload, "automatic"));
        return Outcome.of(true, seen);
    }
}
