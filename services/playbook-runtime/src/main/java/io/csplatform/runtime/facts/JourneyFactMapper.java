package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Facts from {@code cs.journeys.events.v1}: journey and board tasks with status, dates, labels, journey, stage and
 * completed checklist items ({@code checklist.<item>}). A task's completions per day are read from its completion
 * date, so a reopened task stops counting.
 */
@Singleton
public class JourneyFactMapper implements FactMapper {

    static final String TASK = "task";
    private static final String[] IDENTITY = {"journeyId", "templateTaskId", "stage", "title", "labels", "dueDate"};

    @Override
    public Set<String> types() {
        return Set.of("journey.task.created", "journey.task.scheduled", "journey.task.completed", "journey.task.reopened",
                "journey.checklist-item.completed", "journey.task.contacts.changed", "board.task.created",
                "board.task.completed");
    }

    @Override
    public FactChanges map(String type, JsonNode p, long version, ZoneId zone) {
        FactChanges.Builder out = FactChanges.builder(version);
        String task = p.path("taskId").asText();
        switch (type) {
            case "journey.task.created" -> out.copy(TASK, task, p, IDENTITY).copy(TASK, task, p, "contacts")
                    .set(TASK, task, "board", false).set(TASK, task, "createdDate", dayOf(version, zone))
                    .set(TASK, task, "status", "PENDING");
            case "journey.task.scheduled" -> out.copy(TASK, task, p, IDENTITY).copy(TASK, task, p, "scheduledOn")
                    .set(TASK, task, "board", false);
            case "journey.task.completed" -> out.copy(TASK, task, p, IDENTITY).copy(TASK, task, p, "completedDate")
                    .set(TASK, task, "board", false).set(TASK, task, "status", "COMPLETED");
            case "journey.task.reopened" -> out.copy(TASK, task, p, IDENTITY)
                    .set(TASK, task, "status", "PENDING").set(TASK, task, "completedDate", null);
            case "journey.checklist-item.completed" -> out.copy(TASK, task, p, IDENTITY)
                    .set(TASK, task, "checklist." + p.path("item").asText(), true);
            case "journey.task.contacts.changed" -> out.copy(TASK, task, p, IDENTITY)
                    .set(TASK, task, "contacts", p.path("contacts"));
            case "board.task.created" -> out.copy(TASK, task, p, "title", "labels")
                    .set(TASK, task, "contacts", p.hasNonNull("mainContact") ? List.of(p.get("mainContact").asText())
                            : List.of())
                    .set(TASK, task, "board", true).set(TASK, task, "createdDate", dayOf(version, zone))
                    .set(TASK, task, "dueDate", FactMapper.day(p.path("startAt"), zone))
                    .set(TASK, task, "status", "PENDING");
            case "board.task.completed" -> out.copy(TASK, task, p, "title", "labels")
                    .set(TASK, task, "board", true).set(TASK, task, "status", "COMPLETED")
                    .set(TASK, task, "completedDate", FactMapper.day(p.path("completedAt"), zone));
            default -> {
                return FactChanges.NONE;
            }
        }
        return out.build();
    }

    private static String dayOf(long micros, ZoneId zone) {
        return Instant.ofEpochSecond(micros / 1_000_000L).atZone(zone).toLocalDate().toString();
    }
}
