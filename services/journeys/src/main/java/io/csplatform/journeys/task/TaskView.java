package io.csplatform.journeys.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as the API shows it; {@code assignee} is null while nobody holds the task's owner type. */
public record TaskView(UUID id, UUID customerId, String title, LocalDate dueDate, boolean skipWeekends, String status,
                       Assignee assignee, Source source, Instant createdAt) {

    public record Assignee(String ownerType, String userId) {
    }

    /** The playbook execution step that created the task, if any. */
    public record Source(UUID executionId, Integer step) {
    }

    static TaskView of(Task t) {
        Assignee assignee = t.assigneeOwnerType == null && t.assigneeUserId == null
                ? null : new Assignee(t.assigneeOwnerType, t.assigneeUserId);
        Source source = t.executionId == null ? null : new Source(t.executionId, t.executionStep);
        return new TaskView(t.id, t.customerId, t.title, t.dueDate, t.skipWeekends, t.status, assignee, source,
                t.createdAt);
    }
}
