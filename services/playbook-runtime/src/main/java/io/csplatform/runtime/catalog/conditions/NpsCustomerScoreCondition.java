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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code nps.customer-score}: the customer's NPS (% promoters 9-10 minus % detractors 0-6, scale 2) over each
 * contact's latest NPS answer of the last {@code days} days (default 365) passes {@code score}. No answers: fails.
 */
@Singleton
public class NpsCustomerScoreCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["score"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660, "default": 365},
                            "score": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "nps.customer-score";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer NPS score", "NPS Score do Cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt(365));
        Comparison comparison = Comparison.of(params.path("score"));
        // latest answer per respondent: the contact, or the answer itself when it names no contact
        Map<Object, Facts.Answer> latest = new HashMap<>();
        for (Facts.Answer answer : context.facts().answers()) {
            if (!NpsAnswerScoreCondition.isNps(answer) || answer.answeredAt() == null) {
                continue;
            }
            LocalDate day = answer.answeredAt().atZone(context.zone()).toLocalDate();
            if (day.isBefore(period.from()) || day.isAfter(period.to())) {
                continue;
            }
            Object respondent = answer.contactId() != null ? answer.contactId() : answer;
            latest.merge(respondent, answer, (a, b) -> a.answeredAt().isAfter(b.answeredAt()) ? a : b);
        }
        BigDecimal nps = score(latest.values());
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("respondents", latest.size());
        seen.put("promoters", latest.values().stream().filter(a -> a.score() >= 9).count());
        seen.put("detractors", latest.values().stream().filter(a -> a.score() <= 6).count());
        seen.put("nps", nps);
        if (nps == null) {
            seen.put("note", "no NPS answers in the period: score unknown");
        }
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(nps), seen);
    }

    /** The NPS of the answers; null when there are none. */
    static BigDecimal score(Collection<Facts.Answer> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        long promoters = answers.stream().filter(a -> a.score() >= 9).count();
        long detractors = answers.stream().filter(a -> a.score() <= 6).count();
        return BigDecimal.valueOf((promoters - detractors) * 100L)
                .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_EVEN);
    }
}
