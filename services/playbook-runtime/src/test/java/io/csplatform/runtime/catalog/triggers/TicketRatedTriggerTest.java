package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code ticket.rated}: every rating, or those passing a comparison. */
class TicketRatedTriggerTest {

    private final TicketRatedTrigger trigger = new TicketRatedTrigger();

    @Test
    void aLowRatingFiresALowRatingTrigger() {
        Outcome outcome = trigger.matches(json("{\"rating\":{\"op\":\"lte\",\"value\":2}}"), rated(1));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.rating", 1).containsEntry("rating", "lte 2");
        assertThat(trigger.matches(json("{}"), rated(5)).passed()).isTrue();
    }

    @Test
    void aGoodRatingDoesNotFireALowRatingTrigger() {
        assertThat(trigger.matches(json("{\"rating\":{\"op\":\"lte\",\"value\":2}}"), rated(4)).passed()).isFalse();
    }

    @Test
    void betweenIncludesBothEnds() {
        var between = json("{\"rating\":{\"op\":\"between\",\"min\":2,\"max\":3}}");
        assertThat(trigger.matches(between, rated(2)).passed()).isTrue();
        assertThat(trigger.matches(between, rated(3)).passed()).isTrue();
        assertThat(trigger.matches(between, rated(4)).passed()).isFalse();
    }

    @Test
    void anIncompleteComparisonIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"rating\":{\"op\":\"between\",\"min\":2}}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.rating.max"));
        assertThat(trigger.validate(json("{\"rating\":{\"op\":\"about\",\"value\":2}}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.rating.op"));
    }

    private static Context rated(int rating) {
        return eventContext("ticket.rated", "{\"rating\":" + rating + "}");
    }
}
