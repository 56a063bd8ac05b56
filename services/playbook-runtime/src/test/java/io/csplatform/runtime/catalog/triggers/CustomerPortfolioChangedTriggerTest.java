package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.eventContext;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.portfolio.changed}: optional from / to portfolio ids. */
class CustomerPortfolioChangedTriggerTest {

    private static final String SMB = "aaaaaaaa-0000-0000-0000-000000000001";
    private static final String ENTERPRISE = "aaaaaaaa-0000-0000-0000-000000000002";

    private final CustomerPortfolioChangedTrigger trigger = new CustomerPortfolioChangedTrigger();

    @Test
    void aMoveIntoThePortfolioFires() {
        Outcome outcome = trigger.matches(json("{\"from\":\"" + SMB + "\",\"to\":\"" + ENTERPRISE + "\"}"),
                moved("\"" + SMB + "\"", "\"" + ENTERPRISE + "\""));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("event.toPortfolioId", ENTERPRISE);
        assertThat(trigger.matches(json("{}"), moved("null", "\"" + SMB + "\"")).passed()).isTrue();
    }

    @Test
    void aMoveElsewhereDoesNotFire() {
        assertThat(trigger.matches(json("{\"to\":\"" + ENTERPRISE + "\"}"), moved("\"" + ENTERPRISE + "\"",
                "\"" + SMB + "\"")).passed()).isFalse();
    }

    @Test
    void leavingNoPortfolioNeverPassesAFromFilter() {
        assertThat(trigger.matches(json("{\"from\":\"" + SMB + "\"}"), moved("null", "\"" + ENTERPRISE + "\""))
                .passed()).isFalse();
    }

    @Test
    void aBadPortfolioIdIsRefusedWithItsPath() {
        assertThat(trigger.validate(json("{\"to\":\"enterprise\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.to"));
    }

    private static Context moved(String from, String to) {
        return eventContext("customer.portfolio.changed", "{\"fromPortfolioId\":" + from + ",\"toPortfolioId\":" + to + "}");
    }
}
