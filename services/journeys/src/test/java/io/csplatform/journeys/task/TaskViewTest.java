package io.csplatform.journeys.task;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void anOpenTaskIsOverdueOnlyOnceItsDueDateHasPassed() {
        assertThat(view(TODAY.minusDays(1), Task.OPEN).overdue()).isTrue();
        assertThat(view(TODAY, Task.OPEN).overdue()).isFalse();
        assertThat(view(TODAY.plusDays(3), Task.OPEN).overdue()).isFalse();
    }

    @Test
    void aDoneTaskIsNeverOverdue() {
        assertThat(view(TODAY.minusDays(30), Task.DONE).overdue()).isFalse();
    }

    @Test
    void anOwnerTypeHeldByNobodyIsUnassigned() {
        Task task = task(TODAY, Task.OPEN);
        task.assigneeOwnerType = "Analista Principal";
        assertThat(TaskView.of(task, TODAY, List.of(), List.of()).unassigned()).isTrue();
        task.assigneeUserId = "ana";
        assertThat(TaskView.of(task, TODAY, List.of(), List.of()).unassigned()).isFalse();
    }

    private static TaskView view(LocalDate due, String status) {
        return TaskView.of(task(due, status), TODAY, List.of(), List.of());
    }

    private static Task task(LocalDate due, String status) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.customerId = UUID.randomUUID();
        task.title = "Kickoff";
        task.dueDate = due;
        task.status = status;
        task.createdAt = Instant.parse("2026-11-20T10:00:00Z");
        return task;
    }
}
