package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.ScheduledTrigger;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code schedule.periodic}: runs on a schedule, for every customer that passes the conditions. Exactly one of
 * {@code every} ("P7D": every n days counted from {@code since}, default 2026-01-01), {@code weekdays} (["MON","THU"])
 * or {@code monthDay} (1..31; beyond the month's length = its last day), each at {@code at} ("HH:mm", default 00:00).
 */
@Singleton
public class SchedulePeriodicTrigger implements ScheduledTrigger {

    static final LocalDate DEFAULT_SINCE = LocalDate.of(2026, 1, 1);
    private static final List<String> MODES = List.of("every", "weekdays", "monthDay");
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "every": {"type": "string", "description": "a positive number of days, e.g. P1D, P7D"},
               "since": {"type": "string", "format": "date", "default": "2026-01-01",
                         "description": "the first day of an 'every' schedule"},
               "weekdays": {"type": "array", "minItems": 1, "uniqueItems": true,
                            "items": {"enum": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]}},
               "monthDay": {"type": "integer", "minimum": 1, "maximum": 31},
               %s}}""".formatted(TriggerSupport.AT_PROPERTY));

    @Override
    public String id() {
        return "schedule.periodic";
    }

    @Override
    public Labels labels() {
        return new Labels("Run the playbook periodically", "Executar playbook periodicamente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(ParamsSchema.validate(SCHEMA, params, path));
        List<String> given = MODES.stream().filter(mode -> params != null && params.hasNonNull(mode)).toList();
        if (given.isEmpty()) {
            errors.add(new PathError(path, "give one schedule: every, weekdays or monthDay"));
        } else if (given.size() > 1) {
            errors.add(new PathError(path + "." + given.get(1), "give only one schedule, not both " + given.get(0)
                    + " and " + given.get(1)));
        }
        if (params != null && params.path("every").isTextual() && days(params.get("every").asText()) == null) {
            errors.add(new PathError(path + ".every", "must be a positive number of days, e.g. P1D or P7D"));
        }
        if (params != null && params.has("since") && !params.has("every")) {
            errors.add(new PathError(path + ".since", "applies to an 'every' schedule only"));
        }
        return errors;
    }

    @Override
    public boolean dueOn(JsonNode params, LocalDate day, LocalTime time) {
        return runsOn(params, day) && !time.isBefore(TriggerSupport.at(params));
    }

    /** Whether the schedule's day rule matches {@code day} (the time of day aside). */
    static boolean runsOn(JsonNode params, LocalDate day) {
        if (params.hasNonNull("every")) {
            Integer every = days(params.get("every").asText());
            LocalDate since = params.hasNonNull("since") ? LocalDate.parse(params.get("since").asText()) : DEFAULT_SINCE;
            return every != null && !day.isBefore(since) && ChronoUnit.DAYS.between(since, day) % every == 0;
        }
        if (params.hasNonNull("weekdays")) {
            String weekday = day.getDayOfWeek().name().substring(0, 3);
            return TriggerSupport.texts(params.get("weekdays")).contains(weekday);
        }
        if (params.hasNonNull("monthDay")) {
            return day.getDayOfMonth() == Math.min(params.get("monthDay").asInt(), day.lengthOfMonth());
        }
        return false;
    }

    @Override
    public Outcome firesFor(JsonNode params, Context context) {
        Map<String, Object> seen = new HashMap<>();
        seen.put("schedule", params.toString());
        seen.put("today", context.today());
        seen.put("weekday", context.today().getDayOfWeek().name().substring(0, 3));
        return Outcome.of(true, seen);
    }

    /** The number of days of a day duration such as P7D; null when not a positive whole number of days. */
    static Integer days(String duration) {
        try {
            Period period = Period.parse(duration);
            return period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 ? period.getDays() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
