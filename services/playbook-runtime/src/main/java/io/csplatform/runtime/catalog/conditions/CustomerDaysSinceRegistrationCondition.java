package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code customer.days-since-registration}: days from the customer's registration date (else the tenant's day of
 * its creation) to today pass {@code days} (a comparison). Unknown registration: fails.
 */
@Singleton
public class CustomerDaysSinceRegistrationCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"days": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "customer.days-since-registration";
    }

    @Override
    public Labels labels() {
        return new Labels("Days since the customer's registration", "Dias após data de registro do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("days"));
        Facts.Customer customer = context.facts().customer();
        LocalDate registered = customer.registrationDate();
        String source = "customer.registrationDate";
        if (registered == null && customer.createdAt() != null) {
            registered = customer.createdAt().atZone(context.zone()).toLocalDate();
            source = "customer.createdAt";
        }
        Long days = registered == null ? null : ChronoUnit.DAYS.between(registered, context.today());
        Map<String, Object> seen = new HashMap<>();
        seen.put("registrationDate", registered);
        seen.put("source", registered == null ? null : source);
        seen.put("daysSinceRegistration", days);
        seen.put("threshold", comparison.toString());
        return Outcome.of(days != null && comparison.test(days), seen);
    }
}
