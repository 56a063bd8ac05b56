package io.csplatform.journeys.journey;

import io.csplatform.journeys.task.Task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's current journey: its stages in order with their progress; {@code currentStage} is the first
 * stage with a task not done (null once every task is done).
 */
public record JourneyView(UUID id, UUID customerId, UUID templateId, int templateVersion, String name, Instant setAt,
                          String currentStage, List<StageProgress> stages) {

    public record StageProgress(String name, int tasks, int completed, int percent) {
    }

    static JourneyView of(CustomerJourney journey, List<Task> tasks) {
        List<StageProgress> stages = journey.stages.stream().map(stage -> {
            List<Task> ofStage = tasks.stream().filter(task -> stage.equals(task.stage)).toList();
            int done = (int) ofStage.stream().filter(Task::done).count();
            int percent = ofStage.isEmpty() ? 100 : done * 100 / ofStage.size();
            return new StageProgress(stage, ofStage.size(), done, percent);
        }).toList();
        String current = stages.stream().filter(stage -> stage.completed() < stage.tasks())
                .map(StageProgress::name).findFirst().orElse(null);
        return new JourneyView(journey.id, journey.customerId, journey.templateId, journey.templateVersion,
                journey.name, journey.setAt, current, stages);
    }
}
