package io.csplatform.runtime.delay;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.PathError;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An action's {@code delay}: {@code {"after": "P1D"}}, {@code {"at": "2026-12-24T09:00"}} (the tenant's local time),
 * or {@code {"relativeTo": "contract.endDate", "offset": "-P60D"}} (a date fact, at the start of that day in the
 * tenant's zone, plus the offset). With the action's {@code skipWeekends}, a moment on a Saturday or Sunday moves to
 * the Monday. Pure.
 */
public final class Delay {

    /** The date facts a delay may be relative to. */
    static final Map<String, Function<Facts, LocalDate>> FACTS = Map.of(
            "contract.endDate", facts -> facts.activeContracts().stream().map(Facts.Contract::endDate)
                    .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
            "contract.startDate", facts -> facts.activeContracts().stream().map(Facts.Contract::startDate)
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
            "customer.registrationDate", facts -> facts.customer().registrationDate(),
            "customer.startDate", facts -> facts.customer().startDate(),
            "customer.endDate", facts -> facts.customer().endDate());

    /** When a delayed step is due, or why it cannot be. */
    public record Due(Instant at, String unknown) {
    }

    private Delay() {
    }

    public static List<PathError> validate(JsonNode delay, String path) {
        if (!delay.isObject()) {
            return List.of(new PathError(path, "must be an object: after, at, or relativeTo with offset"));
        }
        int kinds = (delay.has("after") ? 1 : 0) + (delay.has("at") ? 1 : 0) + (delay.has("relativeTo") ? 1 : 0);
        if (kinds != 1) {
            return List.of(new PathError(path, "needs exactly one of after, at, relativeTo"));
        }
        java.util.List<PathError> errors = new java.util.ArrayList<>();
        delay.fieldNames().forEachRemaining(name -> {
            if (!List.of("after", "at", "relativeTo", "offset").contains(name)) {
                errors.add(new PathError(path + "." + name, "unknown; known: after, at, relativeTo, offset"));
            }
        });
        if (delay.has("after") && (duration(delay.get("after").asText()) == null || duration(delay.get("after").asText()).isNegative())) {
            errors.add(new PathError(path + ".after", "must be a positive ISO-8601 duration such as P1D or PT2H"));
        }
        if (delay.has("at")) {
            try {
                LocalDateTime.parse(delay.get("at").asText());
            } catch (DateTimeParseException e) {
                errors.add(new PathError(path + ".at", "must be a local date-time such as 2026-12-24T09:00"));
            }
        }
        if (delay.has("relativeTo") && !FACTS.containsKey(delay.get("relativeTo").asText())) {
            errors.add(new PathError(path + ".relativeTo", "must be one of " + new java.util.TreeSet<>(FACTS.keySet())));
        }
        if (delay.has("offset") && (!delay.has("relativeTo") || duration(delay.get("offset").asText()) == null)) {
            errors.add(new PathError(path + ".offset", delay.has("relativeTo")
                    ? "must be an ISO-8601 duration, negative allowed, such as -P60D" : "only with relativeTo"));
        }
        return errors;
    }

    /**
     * When an action of a playbook ({@code {type, params, delay}}) is due: null when it has no delay; its
     * {@code skipWeekends} parameter applies. A delayed step is planned again when due, so it waits even when there
     * is nobody to act on now.
     */
    public static Due of(JsonNode action, Context context) {
        return action.hasNonNull("delay")
                ? due(action.get("delay"), context, action.path("params").path("skipWeekends").asBoolean(false)) : null;
    }

    /** When the step is due in {@code context} (its clock, zone and facts). */
    public static Due due(JsonNode delay, Context context, boolean skipWeekends) {
        ZonedDateTime at;
        if (delay.has("after")) {
            at = context.now().atZone(context.zone()).plus(duration(delay.get("after").asText()));
        } else if (delay.has("at")) {
            at = LocalDateTime.parse(delay.get("at").asText()).atZone(context.zone());
        } else {
            String fact = delay.get("relativeTo").asText();
            LocalDate date = FACTS.get(fact).apply(context.facts());
            if (date == null) {
                return new Due(null, fact + " is unknown for this customer");
            }
            at = date.atStartOfDay(context.zone());
            if (delay.has("offset")) {
                at = at.plus(duration(delay.get("offset").asText()));
            }
        }
        if (skipWeekends && (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            at = at.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.MIN);
        }
        return new Due(at.toInstant(), null);
    }

    /** A signed ISO-8601 duration, days (P7D, -P60D, P1M as 30 days) or time (PT2H); null when not one. */
    public static Duration duration(String text) {
        try {
            if (text.contains("T")) {
                return Duration.parse(text);
            }
            java.time.Period period = java.time.Period.parse(text);
            return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
