package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.task.scheduled}: scheduled within the last N days (today included), optional task. */
class JourneyTaskScheduledTriggerTest {

    private final JourneyTaskScheduledTrigger trigger = new JourneyTaskScheduledTrigger();

    @Test
    void aTaskScheduledTodayFires() {
        Outcome outcome = trigger.matches(json("{\"days\":1}"), scheduled("2026-11-24", "Kickoff"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("period", "2026-11-24..2026-11-24");
    }

    @Test
    void anotherTaskOrAnOlderSchedulingDoesNotFire() {
        assertThat(trigger.matches(json("{\"days\":7,\"title\":\"Go-live\"}"), scheduled("2026-11-24", "Kickoff"))
                .passed()).isFalse();
        assertThat(trigger.matches(json("{\"days\":7}"), scheduled("2026-11-17", "Kickoff")).passed()).isFalse();
    }

    @Test
    void theOldestDayOfTheWindowCounts() {
        assertThat(trigger.matches(json("{\"days\":7,\"title\":\"kickoff\"}"), scheduled("2026-11-18", "Kickoff"))
                .passed()).isTrue();
    }

    @Test
    void daysAreRequiredAndPositive() {
        assertThat(trigger.validate(json("{}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.days"));
        assertThat(trigger.validate(json("{\"days\":0}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.days"));
    }

    private static io.csplatform.runtime.evaluation.Context scheduled(String on, String title) {
        return eventContext("journey.task.scheduled", "{\"title\":\"" + title + "\",\"scheduledOn\":\"" + on + "\"}");
    }
}
