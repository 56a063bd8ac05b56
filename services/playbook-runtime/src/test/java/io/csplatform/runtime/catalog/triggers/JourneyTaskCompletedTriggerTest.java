package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.task.completed}: any task, or one matching journey / stage / task / labels. */
class JourneyTaskCompletedTriggerTest {

    private static final String JOURNEY = "11111111-1111-1111-1111-111111111111";
    private static final String TEMPLATE_TASK = "22222222-2222-2222-2222-222222222222";

    private final JourneyTaskCompletedTrigger trigger = new JourneyTaskCompletedTrigger();
    private final io.csplatform.runtime.evaluation.Context task = eventContext("journey.task.completed",
            "{\"journeyId\":\"" + JOURNEY + "\",\"templateTaskId\":\"" + TEMPLATE_TASK
                    + "\",\"stage\":\"Onboarding\",\"title\":\"Kickoff\",\"labels\":[\"meeting\"]}");

    @Test
    void anyTaskFiresWithoutCriteriaAndAMatchingTaskWithThem() {
        assertThat(trigger.matches(json("{}"), task).passed()).isTrue();
        assertThat(trigger.matches(json("{\"journeyId\":\"" + JOURNEY + "\",\"stage\":\"onboarding\",\"templateTaskId\":\""
                + TEMPLATE_TASK + "\",\"labels\":[\"call\",\"Meeting\"]}"), task).passed()).isTrue();
    }

    @Test
    void aTaskMissingOneCriterionDoesNotFire() {
        assertThat(trigger.matches(json("{\"stage\":\"Adoption\"}"), task).passed()).isFalse();
        assertThat(trigger.matches(json("{\"labels\":[\"call\"]}"), task).passed()).isFalse();
        assertThat(trigger.matches(json("{\"title\":\"Kick\"}"), task).passed()).isFalse();
    }

    @Test
    void aStageFilterNeverMatchesATaskWithoutStage() {
        Outcome outcome = trigger.matches(json("{\"stage\":\"Onboarding\"}"),
                eventContext("journey.task.completed", "{\"title\":\"Kickoff\",\"labels\":[]}"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("event.stage", null);
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"labels\":[]}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.labels"));
        assertThat(trigger.validate(json("{\"templateTaskId\":\"x\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.templateTaskId"));
    }
}
