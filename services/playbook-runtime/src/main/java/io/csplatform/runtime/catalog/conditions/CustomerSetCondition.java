package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared "customer has / has not these values" logic of {@code customer.tags}, {@code .groups}, {@code .segments},
 * {@code .services} and {@code .products}. Params {@code {"has": [..]}} or {@code {"hasNot": [..]}}, {@code "match":
 * "any"} (default) or {@code "all"}; values compare case-insensitively. {@code has} + any: at least one is present;
 * {@code has} + all: every one is present; {@code hasNot} is the negation with the same match (any: none of them is
 * present, all: not every one is present).
 */
abstract class CustomerSetCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "has": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               "hasNot": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               "match": {"enum": ["any", "all"], "default": "any"}},
             "oneOf": [{"required": ["has"]}, {"required": ["hasNot"]}]}""");

    private final String id;
    private final Labels labels;
    private final String field;

    protected CustomerSetCondition(String id, Labels labels, String field) {
        this.id = id;
        this.labels = labels;
        this.field = field;
    }

    /** The customer's values of this kind (never null: empty when none). */
    protected abstract Set<String> values(Facts.Customer customer);

    @Override
    public String id() {
        return id;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Set<String> values = values(context.facts().customer());
        Set<String> known = new TreeSet<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(known::add);
        }
        Set<String> present = new TreeSet<>();
        known.forEach(v -> present.add(v.toLowerCase(Locale.ROOT)));
        boolean negated = !params.has("has");
        List<String> wanted = new ArrayList<>();
        params.path(negated ? "hasNot" : "has").forEach(v -> wanted.add(v.asText()));
        boolean all = "all".equals(params.path("match").asText("any"));
        long found = wanted.stream().filter(v -> present.contains(v.toLowerCase(Locale.ROOT))).count();
        boolean has = all ? found == wanted.size() : found > 0;
        Map<String, Object> seen = new HashMap<>();
        seen.put(field, List.copyOf(known));
        seen.put(negated ? "hasNot" : "has", wanted);
        seen.put("match", all ? "all" : "any");
        seen.put("matched", found);
        return Outcome.of(negated != has, seen);
    }
}
