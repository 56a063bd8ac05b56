package io.csplatform.journeys.task;

import io.csplatform.events.payload.Assignee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task as the API shows it. {@code unassigned} is true when nobody held the task's owner type when it was
 * created; {@code overdue} when its due date has passed and it is not done.
 */
public record TaskView(UUID id, UUID customerId, UUID journeyId, UUID templateTaskId, String stage, String title,
                       String description, LocalDate dueDate, boolean skipWeekends, String status, boolean overdue,
                       Assignee assignee, boolean unassigned, List<String> labels, List<String> contacts,
                       List<Item> checklist, List<Comment> comments, Source source, Instant createdAt,
                       Instant completedAt) {

    public record Item(UUID id, String title, boolean completed, Instant completedAt) {
    }

    public record Comment(UUID id, String authorId, String text, Instant createdAt) {
    }

    /** The playbook execution step that created the task, if any. */
    public record Source(UUID executionId, Integer step) {
    }

    static TaskView of(Task t, LocalDate today, List<ChecklistItem> items, List<TaskComment> comments) {
        Assignee assignee = t.assigneeOwnerType == null && t.assigneeUserId == null
                ? null : new Assignee(t.assigneeOwnerType, t.assigneeUserId);
        Source source = t.executionId == null ? null : new Source(t.executionId, t.executionStep);
        return new TaskView(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title, t.description,
                t.dueDate, t.skipWeekends, t.status, !t.done() && t.dueDate.isBefore(today), assignee, t.unassigned(),
                t.labels, t.contacts,
                items.stream().map(i -> new Item(i.id, i.title, i.completedAt != null, i.completedAt)).toList(),
                comments.stream().map(c -> new Comment(c.id, c.authorId, c.text, c.createdAt)).toList(),
                source, t.createdAt, t.completedAt);
    }
}
