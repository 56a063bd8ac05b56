package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code journey.task.contacts.changed}: the additional contacts of a task (names or e-mail addresses) were replaced;
 * {@code contacts} is the whole new list. {@code board} is false: a journey task.
 */
public record JourneyTaskContactsChanged(UUID taskId, UUID customerId, UUID journeyId, UUID templateTaskId, String stage,
                                         String title, List<String> labels, LocalDate dueDate, List<String> contacts,
                                         List<String> previousContacts, boolean board) {
}
