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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code tracking.last-login}: days since the last login (tenant's days) of {@code who}: any user (one satisfies
 * {@code days}), all users or all key users (every one does). A user who never logged in, and "no users at all",
 * count as "never": that satisfies only gt / gte / ne ("no login for at least X days").
 */
@Singleton
public class TrackingLastLoginCondition implements Condition {

    private static final Set<String> NEVER_PASSES = Set.of("gt", "gte", "ne");
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"who": {"enum": ["any", "all", "key"], "default": "any"}, "days": %s}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.last-login";
    }

    @Override
    public Labels labels() {
        return new Labels("Days since the user's last login", "Período do último login do usuário");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String who = params.path("who").asText("any");
        Comparison comparison = Comparison.of(params.path("days"));
        boolean neverPasses = NEVER_PASSES.contains(comparison.op());
        List<Facts.TrackingUser> users = context.facts().users().stream()
                .filter(user -> !"key".equals(who) || user.keyUser()).toList();
        Map<String, Object> daysSince = new TreeMap<>();
        long satisfying = 0;
        for (Facts.TrackingUser user : users) {
            boolean passes;
            if (user.lastLogin() == null) {
                daysSince.put(user.userId(), "never");
                passes = neverPasses;
            } else {
                long days = ChronoUnit.DAYS.between(user.lastLogin().atZone(context.zone()).toLocalDate(), context.today());
                daysSince.put(user.userId(), days);
                passes = comparison.test(BigDecimal.valueOf(days));
            }
            if (passes) {
                satisfying++;
            }
        }
        boolean passed;
        Map<String, Object> seen = new HashMap<>();
        seen.put("who", who);
        seen.put("threshold", comparison.toString());
        seen.put("daysSinceLastLogin", daysSince);
        if (users.isEmpty()) {
            seen.put("note", "key".equals(who) ? "no key users: last login unknown (never)"
                    : "no users: last login unknown (never)");
            passed = neverPasses;
        } else {
            passed = "any".equals(who) ? satisfying > 0 : satisfying == users.size();
        }
        seen.put("users.satisfying", satisfying);
        return Outcome.of(passed, seen);
    }
}
