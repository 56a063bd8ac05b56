package io.csplatform.journeys.task;

import io.csplatform.events.payload.Assignee;
import jakarta.validation.constraints.Size;

/** Who a task goes to, as clients send it: an owner type (max. 40 characters, as owner type names) or a fixed user. */
public record TaskAssignee(@Size(max = 40) String ownerType, @Size(max = 100) String userId) {

    /** The event form, null for none. */
    public static Assignee toAssignee(TaskAssignee assignee) {
        return assignee == null ? null : new Assignee(assignee.ownerType(), assignee.userId());
    }
}
