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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code nps.contacts-without-answer}: active contacts with no NPS answer in the last {@code days} days; passes with
 * {@code "any": true} when there is at least one, or when their number passes {@code count} (a Comparison).
 */
@Singleton
public class NpsContactsWithoutAnswerCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660},
                            "any": {"const": true}, "count": %s},
             "oneOf": [{"required": ["any"]}, {"required": ["count"]}]}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "nps.contacts-without-answer";
    }

    @Override
    public Labels labels() {
        return new Labels("Contacts without an NPS answer in the last days",
                "Contatos sem resposta de NPS nos últimos X dias");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt());
        Set<UUID> answered = context.facts().answers().stream()
                .filter(NpsAnswerScoreCondition::isNps)
                .filter(answer -> answer.contactId() != null && answer.answeredAt() != null)
                .filter(answer -> within(answer.answeredAt().atZone(context.zone()).toLocalDate(), period))
                .map(Facts.Answer::contactId).collect(Collectors.toSet());
        List<Facts.Contact> active = context.facts().activeContacts();
        List<String> without = active.stream().filter(contact -> !answered.contains(contact.id()))
                .map(contact -> String.valueOf(contact.id())).toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("contacts.active", active.size());
        seen.put("contacts.withoutAnswer", without.size());
        seen.put("contactIds.withoutAnswer", without);
        boolean passed;
        if (params.has("count")) {
            Comparison comparison = Comparison.of(params.path("count"));
            seen.put("threshold", comparison.toString());
            passed = comparison.test(without.size());
        } else {
            seen.put("threshold", "any");
            passed = !without.isEmpty();
        }
        return Outcome.of(passed, seen);
    }

    private static boolean within(LocalDate day, Context.Period period) {
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }
}
