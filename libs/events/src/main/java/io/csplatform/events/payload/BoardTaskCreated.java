package io.csplatform.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code board.task.created}: a card was added to the board of CSM {@code userId}. */
public record BoardTaskCreated(UUID taskId, UUID customerId, String userId, String title, List<String> labels,
                               Instant startAt, int durationMinutes, String mainContact, boolean skipWeekends,
                               ExecutionStep source) {
}
