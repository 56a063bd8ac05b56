package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code compare.field}: compares a {@code field} with {@code value} or with {@code otherField} using {@code op}
 * (eq, ne, gt, gte, lt, lte). Fields: mrr, arr, upsell / downsell (sum of the active contracts' last upsell /
 * downsell), sales.month / sales.year (transactional sales of the current month / year), customer.startDate,
 * customer.endDate (dates; a value may be "YYYY-MM-DD" or "today", "today+30", "today-7"), healthscore, nps (score
 * over each contact's latest NPS answer), attribute:&lt;key&gt; (customer custom attribute), tracking:&lt;feature&gt;
 * (that feature's total in the last 30 days). Unknown values fail.
 */
@Singleton
public class CompareFieldCondition implements Condition {

    private static final String FIELD = """
            {"type": "string",
             "pattern": "^(mrr|arr|upsell|downsell|sales[.]month|sales[.]year|customer[.]startDate|customer[.]endDate|healthscore|nps|attribute:.+|tracking:.+)$"}""";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["field", "op"],
             "properties": {"field": %s, "otherField": %s,
                            "op": {"enum": ["eq", "ne", "gt", "gte", "lt", "lte"]},
                            "value": {"type": ["string", "number", "boolean"]}},
             "oneOf": [{"required": ["value"]}, {"required": ["otherField"]}]}""".formatted(FIELD, FIELD));
    private static final Pattern RELATIVE_DAY = Pattern.compile("^today(?:([+-])(\\d{1,5}))?$");
    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    @Override
    public String id() {
        return "compare.field";
    }

    @Override
    public Labels labels() {
        return new Labels("Compare information", "Comparativo de informações");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Condition.super.validate(params, path));
        if (errors.isEmpty() && params != null && isDateField(params.path("field").asText())) {
            JsonNode value = params.get("value");
            if (value != null && !(value.isTextual() && (ISO_DAY.matcher(value.asText()).matches()
                    || RELATIVE_DAY.matcher(value.asText()).matches()))) {
                errors.add(new PathError(path + ".value", "a date field compares with YYYY-MM-DD or today[+-N]"));
            }
        }
        return errors;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String field = params.path("field").asText();
        String op = params.path("op").asText();
        JsonNode actual = resolve(field, context);
        Map<String, Object> seen = new HashMap<>();
        seen.put(field, AttributeComparison.shown(actual));
        JsonNode expected;
        if (params.has("otherField")) {
            String other = params.path("otherField").asText();
            expected = resolve(other, context);
            seen.put(other, AttributeComparison.shown(expected));
            seen.put("threshold", op + " " + other);
        } else {
            expected = value(params.get("value"), context);
            seen.put("threshold", op + " " + AttributeComparison.shown(expected));
        }
        boolean known = !AttributeComparison.isEmpty(actual) && !AttributeComparison.isEmpty(expected);
        if (!known) {
            seen.put("note", "a compared value is unknown");
        }
        return Outcome.of(known && AttributeComparison.test(actual, op, expected), seen);
    }

    private static boolean isDateField(String field) {
        return "customer.startDate".equals(field) || "customer.endDate".equals(field);
    }

    /** "today+N" becomes the tenant's day; anything else stays as written. */
    private static JsonNode value(JsonNode value, Context context) {
        if (value != null && value.isTextual()) {
            Matcher relative = RELATIVE_DAY.matcher(value.asText().trim());
            if (relative.matches()) {
                long offset = relative.group(2) == null ? 0 : Long.parseLong(relative.group(2));
                return new TextNode(context.today().plusDays("-".equals(relative.group(1)) ? -offset : offset).toString());
            }
        }
        return value;
    }

    /** The field's current value as JSON (numbers as decimals, dates as YYYY-MM-DD text); null when unknown. */
    static JsonNode resolve(String field, Context context) {
        Facts facts = context.facts();
        if (field.startsWith("attribute:")) {
            return facts.customer().attributes().get(field.substring("attribute:".length()));
        }
        if (field.startsWith("tracking:")) {
            Context.Period last30 = context.lastDays(30);
            return number(facts.tracking().byFeature(last30.from(), last30.to())
                    .getOrDefault(field.substring("tracking:".length()), BigDecimal.ZERO));
        }
        return switch (field) {
            case "mrr" -> number(facts.customer().mrr());
            case "arr" -> number(facts.customer().arr());
            case "upsell" -> number(sum(facts.activeContracts().stream().map(Facts.Contract::lastUpsell).toList()));
            case "downsell" -> number(sum(facts.activeContracts().stream().map(Facts.Contract::lastDownsell).toList()));
            case "sales.month" -> number(facts.salesPerDay().total(context.today().withDayOfMonth(1), context.today()));
            case "sales.year" -> number(facts.salesPerDay().total(context.today().withDayOfYear(1), context.today()));
            case "customer.startDate" -> date(facts.customer().startDate());
            case "customer.endDate" -> date(facts.customer().endDate());
            case "healthscore" -> number(facts.health() == null ? null : facts.health().score());
            case "nps" -> number(nps(facts));
            default -> null;
        };
    }

    /** % promoters (9-10) - % detractors (0-6) over each contact's latest NPS answer, scale 2; null without answers. */
    static BigDecimal nps(Facts facts) {
        Map<Object, Facts.Answer> latest = new HashMap<>();
        for (Facts.Answer answer : facts.answers()) {
            if (!"NPS".equalsIgnoreCase(answer.kind()) || answer.answeredAt() == null) {
                continue;
            }
            Object respondent = answer.contactId() != null ? answer.contactId() : answer.id();
            latest.merge(respondent, answer, (a, b) -> a.answeredAt().isAfter(b.answeredAt()) ? a : b);
        }
        return NpsCustomerScoreCondition.score(latest.values());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        List<BigDecimal> known = amounts.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonNode number(BigDecimal value) {
        return value == null ? null : DecimalNode.valueOf(value);
    }

    private static JsonNode date(LocalDate value) {
        return value == null ? null : new TextNode(value.toString());
    }
}
