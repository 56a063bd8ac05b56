package io.csplatform.journeys.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record BoardTaskView(UUID id, String userId, UUID customerId, String title, Instant startAt, Instant endAt,
                            int durationMinutes, String mainContact, List<String> labels, boolean skipWeekends,
                            String status, Instant completedAt) {

    static BoardTaskView of(BoardTask t) {
        return new BoardTaskView(t.id, t.userId, t.customerId, t.title, t.startAt,
                t.startAt.plusSeconds(t.durationMinutes * 60L), t.durationMinutes, t.mainContact, t.labels,
                t.skipWeekends, t.status, t.completedAt);
    }
}
