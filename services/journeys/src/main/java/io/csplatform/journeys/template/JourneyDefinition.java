package io.csplatform.journeys.template;

import io.csplatform.journeys.task.TaskAssignee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A journey template's content: its name and ordered stages, each with its ordered tasks. */
public record JourneyDefinition(@NotBlank @Size(max = 120) String name,
                                @NotEmpty List<@Valid @NotNull Stage> stages) {

    public record Stage(@NotBlank @Size(max = 120) String name, @NotNull List<@Valid @NotNull TemplateTask> tasks) {
    }

    /**
     * A task of a stage. {@code id} is kept across versions when the client sends it back; the description may hold
     * variables ({@code {customer.name}}); the due date is {@code dueInDays} after the journey is set.
     */
    public record TemplateTask(UUID id, @NotBlank @Size(max = 300) String title, String description,
                               @NotNull @Min(0) @Max(3650) Integer dueInDays, boolean skipWeekends,
                               @Valid TaskAssignee assignee,
                               List<@NotBlank String> labels, List<@NotBlank @Size(max = 300) String> checklist) {

        public TemplateTask {
            labels = labels == null ? List.of() : labels;
            checklist = checklist == null ? List.of() : checklist;
        }

        TemplateTask withId(UUID newId) {
            return new TemplateTask(newId, title, description, dueInDays, skipWeekends, assignee, labels, checklist);
        }
    }

    /** The same definition with every task given an id (new tasks get a fresh one). */
    JourneyDefinition withTaskIds() {
        return new JourneyDefinition(name, stages.stream()
                .map(stage -> new Stage(stage.name(), stage.tasks().stream()
                        .map(task -> task.id() == null ? task.withId(UUID.randomUUID()) : task)
                        .toList()))
                .toList());
    }
}
