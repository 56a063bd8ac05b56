package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.delay.Delay;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.TraceEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A playbook's {@code limits}: at most {@code perCustomer} executions per customer in total, and at most
 * {@code perCustomerInPeriod.count} within {@code perCustomerInPeriod.period} (an ISO-8601 duration such as P30D).
 * Pure: it reads the customer's past executions of the playbook (newest first) from the facts.
 */
public final class Limits {

    private Limits() {
    }

    /** Problems with a playbook's {@code limits}, at {@code limits.<field>}. */
    public static List<PathError> validate(JsonNode limits) {
        List<PathError> errors = new ArrayList<>();
        if (!limits.isObject()) {
            return List.of(new PathError("limits", "must be an object with perCustomer and/or perCustomerInPeriod"));
        }
        limits.fieldNames().forEachRemaining(name -> {
            if (!name.equals("perCustomer") && !name.equals("perCustomerInPeriod")) {
                errors.add(new PathError("limits." + name, "unknown limit; known: perCustomer, perCustomerInPeriod"));
            }
        });
        if (limits.has("perCustomer") && !(limits.get("perCustomer").canConvertToInt()
                && limits.get("perCustomer").isIntegralNumber() && limits.get("perCustomer").asInt() >= 1)) {
            errors.add(new PathError("limits.perCustomer", "must be a whole number, 1 or more"));
        }
        JsonNode period = limits.path("perCustomerInPeriod");
        if (!period.isMissingNode()) {
            if (!(period.path("count").isIntegralNumber() && period.path("count").asInt() >= 1)) {
                errors.add(new PathError("limits.perCustomerInPeriod.count", "must be a whole number, 1 or more"));
            }
            if (period(period.path("period")) == null) {
                errors.add(new PathError("limits.perCustomerInPeriod.period", "must be a positive ISO-8601 duration such as P30D or PT12H"));
            }
        }
        return errors;
    }

    /** The trace entry of the limits for this customer; passes when another execution is allowed. */
    public static TraceEntry check(JsonNode limits, List<Instant> executions, Instant now) {
        Map<String, Object> seen = new HashMap<>();
        boolean passed = true;
        if (limits != null && limits.has("perCustomer")) {
            int max = limits.get("perCustomer").asInt();
            seen.put("executions", executions.size());
            seen.put("perCustomer", max);
            passed = executions.size() < max;
        }
        if (limits != null && limits.has("perCustomerInPeriod")) {
            JsonNode period = limits.get("perCustomerInPeriod");
            Duration length = period(period.path("period"));
            Instant since = now.minus(length);
            long recent = executions.stream().filter(at -> at.isAfter(since)).count();
            seen.put("executionsInPeriod", recent);
            seen.put("perCustomerInPeriod", period.path("count").asInt() + " in " + period.path("period").asText());
            passed &= recent < period.path("count").asInt();
        }
        return new TraceEntry("limits", "limits", passed, seen);
    }

    private static Duration period(JsonNode text) {
        Duration duration = text.isTextual() ? Delay.duration(text.asText()) : null;
        return duration == null || duration.isNegative() || duration.isZero() ? null : duration;
    }
}
