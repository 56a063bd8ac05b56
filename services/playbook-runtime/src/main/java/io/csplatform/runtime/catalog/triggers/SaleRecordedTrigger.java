package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** {@code sale.recorded}: a one-off (transactional) sale is recorded; optional {@code minAmount} (included). */
@Singleton
public class SaleRecordedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"minAmount": {"type": "number", "minimum": 0}}}""");

    @Override
    public String id() {
        return "sale.recorded";
    }

    @Override
    public Labels labels() {
        return new Labels("New transactional sale", "Nova venda transacional");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        JsonNode amountNode = payload.get("amount");
        BigDecimal amount = amountNode == null || !amountNode.isNumber() ? null : amountNode.decimalValue();
        BigDecimal minAmount = params.path("minAmount").isNumber() ? params.get("minAmount").decimalValue() : null;
        boolean passed = minAmount == null || amount != null && amount.compareTo(minAmount) >= 0;
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.amount", amount);
        seen.put("event.currency", TriggerSupport.text(payload, "currency"));
        seen.put("minAmount", minAmount);
        return Outcome.of(passed, seen);
    }
}
