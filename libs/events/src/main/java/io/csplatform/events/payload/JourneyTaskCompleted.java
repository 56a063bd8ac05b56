package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code journey.task.completed}: a journey task was completed, {@code daysTaken} days after its creation. */
public record JourneyTaskCompleted(UUID taskId, UUID customerId, UUID journeyId, UUID templateTaskId, String stage,
                                   String title, List<String> labels, LocalDate dueDate, LocalDate completedDate,
                                   int daysTaken, boolean late) {
}
