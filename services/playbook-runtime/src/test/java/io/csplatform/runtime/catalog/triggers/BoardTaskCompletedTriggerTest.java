package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code board.task.completed}: title contains, labels any of, taskType as a label name. */
class BoardTaskCompletedTriggerTest {

    private final BoardTaskCompletedTrigger trigger = new BoardTaskCompletedTrigger();
    private final io.csplatform.runtime.evaluation.Context card = eventContext("board.task.completed",
            "{\"title\":\"Call the Sponsor about renewal\",\"labels\":[\"Renewal\",\"call\"]}");

    @Test
    void aCardMatchingEveryCriterionFires() {
        Outcome outcome = trigger.matches(json(
                "{\"title\":\"sponsor\",\"labels\":[\"upsell\",\"renewal\"],\"taskType\":\"CALL\"}"), card);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("task.title", "Call the Sponsor about renewal");
    }

    @Test
    void anyCriterionThatMissesStopsIt() {
        assertThat(trigger.matches(json("{\"title\":\"kickoff\"}"), card).passed()).isFalse();
        assertThat(trigger.matches(json("{\"labels\":[\"upsell\"]}"), card).passed()).isFalse();
        assertThat(trigger.matches(json("{\"taskType\":\"meeting\"}"), card).passed()).isFalse();
    }

    @Test
    void withoutCriteriaEveryCompletedCardFires() {
        assertThat(trigger.matches(json("{}"), eventContext("board.task.completed",
                "{\"title\":\"x\",\"labels\":[]}")).passed()).isTrue();
    }

    @Test
    void emptyCriteriaAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"labels\":[]}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.labels"));
        assertThat(trigger.validate(json("{\"title\":\"\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.title"));
    }
}
