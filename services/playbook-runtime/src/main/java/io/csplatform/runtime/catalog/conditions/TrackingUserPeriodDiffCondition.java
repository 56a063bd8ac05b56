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
 * {@code tracking.user-period-diff}: per user, tracking (optionally of one {@code feature}) of the last {@code days}
 * days minus the {@code days} before ({@code mode} absolute or percent) against {@code diff}; passes when
 * {@code users} any (default) or all of them satisfy it. A user's unknown percent (no previous usage) never does.
 */
@Singleton
public class TrackingUserPeriodDiffCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "diff"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "mode": %s,
                            "feature": %s, "users": {"enum": ["any", "all"], "default": "any"}, "diff": %s}}"""
            .formatted(PeriodDiff.MODE_SCHEMA, TrackingUsage.FEATURE_SCHEMA, Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.user-period-diff";
    }

    @Override
    public Labels labels() {
        return new Labels("Tracking difference between periods per user",
                "Diferença de quantidade entre períodos do Tracking por usuário");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period current = context.lastDays(params.path("days").asInt());
        Context.Period previous = current.previous();
        String feature = params.hasNonNull("feature") ? params.path("feature").asText() : null;
        String mode = PeriodDiff.mode(params);
        boolean all = "all".equals(params.path("users").asText("any"));
        Comparison comparison = Comparison.of(params.path("diff"));
        Map<String, BigDecimal> now = TrackingUsage.byUser(context.facts().tracking(), current, feature);
        Map<String, BigDecimal> before = TrackingUsage.byUser(context.facts().tracking(), previous, feature);
        Set<String> users = TrackingUsage.users(context.facts(), current, previous);
        Map<String, BigDecimal> diffs = new TreeMap<>();
        long satisfying = 0;
        for (String user : users) {
            BigDecimal diff = PeriodDiff.of(mode, now.getOrDefault(user, BigDecimal.ZERO),
                    before.getOrDefault(user, BigDecimal.ZERO));
            diffs.put(user, diff);
            if (comparison.test(diff)) {
                satisfying++;
            }
        }
        boolean passed = !users.isEmpty() && (all ? satisfying == users.size() : satisfying > 0);
        Map<String, Object> seen = new HashMap<>();
        seen.put("period.current", current.toString());
        seen.put("period.previous", previous.toString());
        seen.put("feature", feature);
        seen.put("mode", mode);
        seen.put("users", all ? "all" : "any");
        seen.put("diff.byUser", diffs);
        seen.put("users.satisfying", satisfying);
        seen.put("threshold", comparison.toString());
        if (users.isEmpty()) {
            seen.put("note", "no users");
        } else if (diffs.containsValue(null)) {
            seen.put("note", "null diff: percent unknown for a user without usage in the previous period");
        }
        return Outcome.of(passed, seen);
    }
}
