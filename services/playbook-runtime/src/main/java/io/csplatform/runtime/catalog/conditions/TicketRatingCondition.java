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
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ticket.rating}: the triggering ticket's rating (1..5) passes {@code params.rating} (a Comparison); when
 * the trigger is not a ticket event, the latest rated ticket's (newest {@code createdAt}) does.
 */
@Singleton
public class TicketRatingCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["rating"],
             "properties": {"rating": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "ticket.rating";
    }

    @Override
    public Labels labels() {
        return new Labels("Ticket rating", "Avaliação do Ticket igual a");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("rating"));
        Map<String, Object> seen = new HashMap<>();
        seen.put("threshold", comparison.toString());
        Integer rating;
        if (TriggeringTicket.present(context)) {
            rating = TriggeringTicket.rating(context);
            seen.put("ticket.id", String.valueOf(TriggeringTicket.id(context)));
        } else {
            Optional<Facts.Ticket> latest = context.facts().tickets().stream().filter(ticket -> ticket.rating() != null)
                    .max(Comparator.comparing(Facts.Ticket::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
            rating = latest.map(Facts.Ticket::rating).orElse(null);
            seen.put("ticket.id", latest.map(ticket -> String.valueOf(ticket.id())).orElse(null));
            seen.put("ticket", latest.isPresent() ? "latest rated ticket" : "no rated ticket");
        }
        seen.put("ticket.rating", rating);
        return Outcome.of(rating != null && comparison.test(BigDecimal.valueOf(rating)), seen);
    }
}
