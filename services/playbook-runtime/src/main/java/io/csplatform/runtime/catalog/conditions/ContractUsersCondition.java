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
import java.util.Optional;

/**
 * {@code contract.users}: the users of the active contract ending last ({@code mode} "latest", default) or the sum
 * over the active contracts ("sum") pass {@code users}. Unknown: fails.
 */
@Singleton
public class ContractUsersCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["users"],
             "properties": {"users": %s, "mode": {"enum": ["latest", "sum"], "default": "latest"}}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "contract.users";
    }

    @Override
    public Labels labels() {
        return new Labels("Number of contract users", "Número de usuários do contrato");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("users"));
        boolean sum = "sum".equals(params.path("mode").asText("latest"));
        Map<String, Object> seen = new HashMap<>();
        Integer users;
        if (sum) {
            users = ActiveContracts.totalUsers(context.facts());
        } else {
            Optional<Facts.Contract> contract = ActiveContracts.endingLast(context.facts());
            users = contract.map(Facts.Contract::users).orElse(null);
            seen.put("contract.id", contract.map(Facts.Contract::id).orElse(null));
        }
        if (context.facts().activeContracts().isEmpty()) {
            seen.put("note", "no active contract");
        }
        seen.put("mode", sum ? "sum" : "latest");
        seen.put("contract.users", users);
        seen.put("threshold", comparison.toString());
        return Outcome.of(users != null && comparison.test(BigDecimal.valueOf(users)), seen);
    }
}
