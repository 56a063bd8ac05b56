package io.csplatform.journeys.task;

import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyChecklistItemCompleted;
import io.csplatform.events.payload.JourneyTaskCompleted;
import io.csplatform.events.payload.JourneyTaskContactsChanged;
import io.csplatform.events.payload.JourneyTaskCreated;
import io.csplatform.events.payload.JourneyTaskReopened;
import io.csplatform.events.payload.JourneyTaskScheduled;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The payloads a task's changes publish, each carrying what playbook conditions need. */
final class TaskEvents {

    private TaskEvents() {
    }

    static JourneyTaskCreated created(Task t, ExecutionStep source) {
        return new JourneyTaskCreated(t.id, t.customerId, t.title, t.dueDate, t.skipWeekends, assignee(t), source,
                t.journeyId, t.templateTaskId, t.stage, t.labels, t.unassigned() ? Boolean.TRUE : null,
                t.contacts.isEmpty() ? null : t.contacts);
    }

    static JourneyTaskContactsChanged contactsChanged(Task t, List<String> previousContacts) {
        return new JourneyTaskContactsChanged(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title,
                t.labels, t.dueDate, t.contacts, previousContacts, false);
    }

    static JourneyTaskScheduled scheduled(Task t, LocalDate previousDueDate, LocalDate today) {
        return new JourneyTaskScheduled(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title, t.labels,
                t.dueDate, previousDueDate, t.skipWeekends, today, assignee(t));
    }

    static JourneyTaskCompleted completed(Task t) {
        LocalDate completed = t.completedAt.atZone(ZoneOffset.UTC).toLocalDate();
        int daysTaken = (int) ChronoUnit.DAYS.between(t.createdAt.atZone(ZoneOffset.UTC).toLocalDate(), completed);
        return new JourneyTaskCompleted(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title, t.labels,
                t.dueDate, completed, Math.max(daysTaken, 0), completed.isAfter(t.dueDate));
    }

    static JourneyTaskReopened reopened(Task t, LocalDate today) {
        return new JourneyTaskReopened(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title, t.labels,
                t.dueDate, today);
    }

    static JourneyChecklistItemCompleted itemCompleted(Task t, ChecklistItem item) {
        return new JourneyChecklistItemCompleted(t.id, t.customerId, t.journeyId, t.templateTaskId, t.stage, t.title,
                t.labels, t.dueDate, item.id, item.title, item.completedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static Assignee assignee(Task t) {
        return t.assigneeOwnerType == null && t.assigneeUserId == null
                ? null : new Assignee(t.assigneeOwnerType, t.assigneeUserId);
    }
}
