package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code tracking.user-indicator-compare}: each user's {@code indicator} ({@code total} or {@code feature:<name>})
 * over the last {@code days} days against {@code value}; passes ({@code mode}) when any user, all users or all key
 * users satisfy it. No users (or no key users): fails.
 */
@Singleton
public class TrackingUserIndicatorCompareCondition implements Condition {

    private static final String FEATURE_PREFIX = "feature:";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "mode", "value"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660},
                            "indicator": {"type": "string", "pattern": "^(total|feature:.+)$", "default": "total"},
                            "mode": {"enum": ["any-user", "all-users", "key-users"]},
                            "value": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.user-indicator-compare";
    }

    @Override
    public Labels labels() {
        return new Labels("Tracking indicator compared across users",
                "Comparativo entre indicadores de tracking por usuário");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt());
        String indicator = params.path("indicator").asText("total");
        String feature = indicator.startsWith(FEATURE_PREFIX) ? indicator.substring(FEATURE_PREFIX.length()) : null;
        String mode = params.path("mode").asText();
        Comparison comparison = Comparison.of(params.path("value"));
        Set<String> users = "key-users".equals(mode) ? TrackingUsage.keyUsers(context.facts())
                : TrackingUsage.users(context.facts(), period);
        Map<String, BigDecimal> amounts = TrackingUsage.byUser(context.facts().tracking(), period, feature);
        Map<String, BigDecimal> perUser = new TreeMap<>();
        users.forEach(user -> perUser.put(user, amounts.getOrDefault(user, BigDecimal.ZERO)));
        long satisfying = perUser.values().stream().filter(comparison::test).count();
        boolean passed = !perUser.isEmpty()
                && ("any-user".equals(mode) ? satisfying > 0 : satisfying == perUser.size());
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("indicator", indicator);
        seen.put("mode", mode);
        seen.put("threshold", comparison.toString());
        seen.put("users", perUser);
        seen.put("users.satisfying", satisfying);
        if (perUser.isEmpty()) {
            seen.put("note", "key-users".equals(mode) ? "no key users" : "no users");
        }
        return Outcome.of(passed, seen);
    }
}
