package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code journey.task.reopened}: a completed journey task is open again. */
public record JourneyTaskReopened(UUID taskId, UUID customerId, UUID journeyId, UUID templateTaskId, String stage,
                                  String title, List<String> labels, LocalDate dueDate, LocalDate reopenedOn) {
}
