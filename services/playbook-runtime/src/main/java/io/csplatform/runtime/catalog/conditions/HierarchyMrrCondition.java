package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code hierarchy.mrr}: the parent's MRR ({@code of: "parent"}) or the sum of the branches' MRR ({@code "branches"})
 * passes {@code mrr}. No parent / no branches / an unknown branch MRR: fails.
 */
@Singleton
public class HierarchyMrrCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["of", "mrr"],
             "properties": {"of": {"enum": ["parent", "branches"]}, "mrr": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "hierarchy.mrr";
    }

    @Override
    public Labels labels() {
        return new Labels("Parent / branch MRR", "Validar MRR da matriz/filial");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("mrr"));
        boolean parent = "parent".equals(params.path("of").asText());
        Facts.Hierarchy hierarchy = context.facts().hierarchy();
        Map<String, Object> seen = new HashMap<>();
        BigDecimal mrr = null;
        if (hierarchy == null) {
            seen.put("note", "hierarchy unknown");
        } else if (parent) {
            mrr = hierarchy.parentMrr();
            if (hierarchy.parentId() == null) {
                seen.put("note", "the customer has no parent account");
            }
        } else if (hierarchy.branchesMrr().isEmpty()) {
            seen.put("note", "the customer has no branches");
        } else if (hierarchy.branchesMrr().values().stream().anyMatch(Objects::isNull)) {
            seen.put("note", "a branch's MRR is unknown");
        } else {
            mrr = hierarchy.branchesMrr().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            seen.put("branches", hierarchy.branchesMrr().size());
        }
        seen.put("of", parent ? "parent" : "branches");
        seen.put(parent ? "parent.mrr" : "branches.mrr", mrr);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(mrr), seen);
    }
}
