package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code journey.checklist-item.completed}: one checklist item of a journey task was completed. */
public record JourneyChecklistItemCompleted(UUID taskId, UUID customerId, UUID journeyId, UUID templateTaskId,
                                            String stage, String title, List<String> labels, LocalDate dueDate,
                                            UUID itemId, String item, LocalDate completedDate) {
}
