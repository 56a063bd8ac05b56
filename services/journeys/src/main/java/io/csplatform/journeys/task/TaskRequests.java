package io.csplatform.journeys.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the task endpoints. */
public final class TaskRequests {

    private TaskRequests() {
    }

    /**
     * A task a CSM adds to a customer: due {@code dueInDays} from today, optionally in a stage of its current journey,
     * optionally with additional contacts.
     */
    public record Create(@NotBlank @Size(max = 300) String title, String description,
                         @NotNull @Min(0) @Max(3650) Integer dueInDays, boolean skipWeekends,
                         @Valid TaskAssignee assignee,
                         List<@NotBlank String> labels, List<@NotBlank @Size(max = 300) String> checklist,
                         String firstComment, String stage, List<@NotBlank @Size(max = 200) String> contacts) {
    }

    public record Schedule(@NotNull LocalDate date, boolean skipWeekends, @Valid TaskAssignee assignee) {
    }

    public record Comment(@NotBlank @Size(max = 4000) String text) {
    }

    /** Additional contacts of the task (names or e-mail addresses), replacing the previous ones. */
    public record Contacts(@NotNull List<@NotBlank @Size(max = 200) String> contacts) {
    }
}
