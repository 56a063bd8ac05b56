package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** {@code playbook.executions}: the times this playbook ran for the customer pass {@code count}. */
@Singleton
public class PlaybookExecutionsCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["count"],
             "properties": {"count": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "playbook.executions";
    }

    @Override
    public Labels labels() {
        return new Labels("Playbook executions for the customer",
                "Determinar quantidade de execuções do playbook para um cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("count"));
        int count = context.facts().executionsOf(context.playbookId()).size();
        Map<String, Object> seen = new HashMap<>();
        seen.put("playbook.executions", count);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(count), seen);
    }
}
