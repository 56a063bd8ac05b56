package io.csplatform.journeys.task;

import io.csplatform.events.payload.Assignee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a task is created with, from a journey template, a command or a CSM's request ({@code contacts}: additional). */
public record NewTask(UUID customerId, UUID journeyId, UUID templateTaskId, String stage, Integer stagePosition,
                      String title, String description, LocalDate dueDate, boolean skipWeekends, Assignee assignee,
                      List<String> labels, List<String> checklist, String firstComment, List<String> contacts) {

    public NewTask(UUID customerId, UUID journeyId, UUID templateTaskId, String stage, Integer stagePosition,
                   String title, String description, LocalDate dueDate, boolean skipWeekends, Assignee assignee,
                   List<String> labels, List<String> checklist, String firstComment) {
        this(customerId, journeyId, templateTaskId, stage, stagePosition, title, description, dueDate, skipWeekends,
                assignee, labels, checklist, firstComment, null);
    }
}
