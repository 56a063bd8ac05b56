package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code hierarchy.block}: keeps the playbook from running for parent accounts ({@code block: "parent"}) or branch
 * accounts ({@code "branch"}): passes when the customer is not of the blocked kind.
 */
@Singleton
public class HierarchyBlockCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["block"],
             "properties": {"block": {"enum": ["parent", "branch"]}}}""");

    @Override
    public String id() {
        return "hierarchy.block";
    }

    @Override
    public Labels labels() {
        return new Labels("Do not run for parent / branch accounts", "Impedir execução para matriz ou filial");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String block = params.path("block").asText();
        Facts.Hierarchy hierarchy = context.facts().hierarchy();
        boolean parent = hierarchy != null && hierarchy.isParent();
        boolean branch = hierarchy != null && hierarchy.isBranch();
        Map<String, Object> seen = new HashMap<>();
        seen.put("block", block);
        seen.put("customer.isParent", parent);
        seen.put("customer.isBranch", branch);
        return Outcome.of("parent".equals(block) ? !parent : !branch, seen);
    }
}
