package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.ScheduledTrigger;

import java.time.LocalDate;
import java.time.LocalTime;

/** A scheduled trigger checked every day, once the local time reaches the optional {@code at} param (00:00). */
abstract class DailyScheduledTrigger implements ScheduledTrigger {

    @Override
    public boolean dueOn(JsonNode params, LocalDate day, LocalTime time) {
        return !time.isBefore(TriggerSupport.at(params));
    }
}
