package io.csplatform.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code board.task.create}: add a card to the board of the CSM {@code assignee} resolves to. */
public record BoardTaskCreate(ExecutionStep source, UUID customerId, String title, Instant startAt,
                              int durationMinutes, boolean skipWeekends, Assignee assignee, String mainContact,
                              List<String> labels) {
}
