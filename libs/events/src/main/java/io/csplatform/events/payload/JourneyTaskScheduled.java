package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code journey.task.scheduled}: a journey task got a (new) due date. */
public record JourneyTaskScheduled(UUID taskId, UUID customerId, UUID journeyId, UUID templateTaskId, String stage,
                                   String title, List<String> labels, LocalDate dueDate, LocalDate previousDueDate,
                                   boolean skipWeekends, LocalDate scheduledOn, Assignee assignee) {
}
