package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code journey.task.create}: create a journey task due {@code dueInDays} after {@code referenceDate}
 * (Saturday and Sunday moved to Monday when {@code skipWeekends}); optionally in a stage of the customer's
 * current journey, with a description (variables allowed), labels and a first comment.
 */
public record JourneyTaskCreate(ExecutionStep source, UUID customerId, String title, int dueInDays,
                                boolean skipWeekends, LocalDate referenceDate, Assignee assignee, String description,
                                List<String> labels, String firstComment, String stage) {

    public JourneyTaskCreate(ExecutionStep source, UUID customerId, String title, int dueInDays, boolean skipWeekends,
                             LocalDate referenceDate, Assignee assignee) {
        this(source, customerId, title, dueInDays, skipWeekends, referenceDate, assignee, null, null, null, null);
    }
}
