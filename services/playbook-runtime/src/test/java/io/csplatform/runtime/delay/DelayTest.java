package io.csplatform.runtime.delay;

import io.csplatform.runtime.catalog.FactsBuilder;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.PathError;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog: "every action can run now or be delayed (after a period, at a date)", and relative to a fact. */
class DelayTest {

    private final Context now = context(FactsBuilder.facts().build()); // 2026-11-24 10:00 in São Paulo, a Tuesday

    @Test
    void afterADurationCountsFromNow() {
        assertThat(Delay.due(json("{\"after\": \"P1D\"}"), now, false).at()).isEqualTo(Instant.parse("2026-11-25T13:00:00Z"));
        assertThat(Delay.due(json("{\"after\": \"PT2H\"}"), now, false).at()).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
    }

    @Test
    void atIsTheTenantsLocalTimeAndAWeekendMovesToMondayWhenTheActionSkipsWeekends() {
        assertThat(Delay.due(json("{\"at\": \"2026-11-28T09:00\"}"), now, false).at())
                .isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(Delay.due(json("{\"at\": \"2026-11-28T09:00\"}"), now, true).at())
                .isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
    }

    @Test
    void relativeToTheContractsEndWithANegativeOffset() {
        Facts facts = FactsBuilder.facts()
                .contract(FactsBuilder.activeContract("1000", null, java.time.LocalDate.of(2027, 1, 30)))
                .build();
        assertThat(Delay.due(json("{\"relativeTo\": \"contract.endDate\", \"offset\": \"-P60D\"}"), context(facts), false).at())
                .isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
    }

    @Test
    void anUnknownFactMakesTheStepSkippableWithTheReason() {
        Delay.Due due = Delay.due(json("{\"relativeTo\": \"contract.endDate\"}"), now, false);
        assertThat(due.at()).isNull();
        assertThat(due.unknown()).contains("contract.endDate");
    }

    @Test
    void mistakesNameTheirPath() {
        assertThat(Delay.validate(json("{\"after\": \"soon\"}"), "actions[1].delay")).extracting(PathError::path)
                .containsExactly("actions[1].delay.after");
        assertThat(Delay.validate(json("{\"after\": \"P1D\", \"at\": \"2026-12-01T09:00\"}"), "d")).extracting(PathError::path)
                .containsExactly("d");
        assertThat(Delay.validate(json("{\"relativeTo\": \"moon.phase\", \"offset\": \"x\"}"), "d")).extracting(PathError::path)
                .containsExactlyInAnyOrder("d.relativeTo", "d.offset");
        assertThat(Delay.validate(json("{\"relativeTo\": \"contract.endDate\", \"offset\": \"-P60D\"}"), "d")).isEmpty();
    }
}
