package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code journey.checklist-item.completed}: journey, task (template id or title) and item name. */
class JourneyChecklistItemCompletedTriggerTest {

    private static final String JOURNEY = "11111111-1111-1111-1111-111111111111";
    private static final String TEMPLATE_TASK = "22222222-2222-2222-2222-222222222222";

    private final JourneyChecklistItemCompletedTrigger trigger = new JourneyChecklistItemCompletedTrigger();
    private final io.csplatform.runtime.evaluation.Context item = eventContext("journey.checklist-item.completed",
            "{\"journeyId\":\"" + JOURNEY + "\",\"templateTaskId\":\"" + TEMPLATE_TASK
                    + "\",\"title\":\"Kickoff\",\"item\":\"Send the agenda\"}");

    @Test
    void theNamedItemOfTheNamedTaskFires() {
        assertThat(trigger.matches(json("{\"journeyId\":\"" + JOURNEY + "\",\"templateTaskId\":\"" + TEMPLATE_TASK
                + "\",\"item\":\"send the AGENDA\"}"), item).passed()).isTrue();
        assertThat(trigger.matches(json("{\"title\":\"kickoff\",\"item\":\"Send the agenda\"}"), item).passed()).isTrue();
    }

    @Test
    void anotherItemTaskOrJourneyDoesNotFire() {
        assertThat(trigger.matches(json("{\"item\":\"Book the room\"}"), item).passed()).isFalse();
        assertThat(trigger.matches(json("{\"title\":\"Go-live\"}"), item).passed()).isFalse();
        assertThat(trigger.matches(json("{\"journeyId\":\"" + TEMPLATE_TASK + "\"}"), item).passed()).isFalse();
    }

    @Test
    void aJourneyFilterNeverMatchesATaskOutsideAnyJourney() {
        io.csplatform.runtime.evaluation.Context loose = eventContext("journey.checklist-item.completed",
                "{\"title\":\"Kickoff\",\"item\":\"Send the agenda\"}");
        Outcome outcome = trigger.matches(json("{\"journeyId\":\"" + JOURNEY + "\"}"), loose);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("event.journeyId", null);
        assertThat(trigger.matches(json("{}"), loose).passed()).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"journeyId\":\"not-a-uuid\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.journeyId"));
        assertThat(trigger.validate(json("{\"templateTaskId\":\"" + TEMPLATE_TASK + "\",\"title\":\"Kickoff\"}"),
                "trigger.params")).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.title"));
    }
}
