package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code journey.task.created}: a task was added to a customer's journey (by a CSM or a playbook step).
 * {@code unassigned} is true when nobody holds the assignee's owner type for the customer; {@code contacts} are the
 * task's additional contacts, when it was created with some.
 */
public record JourneyTaskCreated(UUID taskId, UUID customerId, String title, LocalDate dueDate, boolean skipWeekends,
                                 Assignee assignee, ExecutionStep source, UUID journeyId, UUID templateTaskId,
                                 String stage, List<String> labels, Boolean unassigned, List<String> contacts) {

    public JourneyTaskCreated(UUID taskId, UUID customerId, String title, LocalDate dueDate, boolean skipWeekends,
                              Assignee assignee, ExecutionStep source) {
        this(taskId, customerId, title, dueDate, skipWeekends, assignee, source, null, null, null, null, null, null);
    }
}
