package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A trigger evaluated by the scheduler, in the tenant's time zone, at most once per playbook, customer and day.
 * {@link #dueOn} says whether the schedule runs on a day (given the local time when the day is today);
 * {@link #firesFor} whether it fires for one customer on that day.
 */
public interface ScheduledTrigger extends CatalogEntry {

    /** Whether the schedule runs on {@code day}; {@code time} is the local time now (end of day for a past day). */
    boolean dueOn(JsonNode params, LocalDate day, LocalTime time);

    /** Whether it fires for the customer of {@code context} (its event is the synthetic occurrence of the day). */
    Condition.Outcome firesFor(JsonNode params, Context context);
}
