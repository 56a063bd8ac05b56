package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code journey.task.create}: create a journey task due {@code dueInDays} after {@code referenceDate}
 * (Saturday and Sunday moved to Monday when {@code skipWeekends}).
 */
public record JourneyTaskCreate(ExecutionStep source, UUID customerId, String title, int dueInDays,
                                boolean skipWeekends, LocalDate referenceDate, Assignee assignee) {
}
