package io.csplatform.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code board.task.completed}: a card of CSM {@code userId}'s board was completed. */
public record BoardTaskCompleted(UUID taskId, UUID customerId, String userId, String title, List<String> labels,
                                 Instant completedAt) {
}
