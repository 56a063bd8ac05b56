package io.csplatform.healthscore.risk;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void progressIsDoneOverTotalAndOnlyOpenActionsPastTheirDueDayAreOverdue() {
        Progress progress = Progress.of(List.of(action(TODAY.minusDays(3), true), action(TODAY.minusDays(1), false),
                action(TODAY, false), action(TODAY.plusDays(4), false)), TODAY);

        assertThat(progress).isEqualTo(new Progress(4, 1, 1));
        assertThat(progress.percent()).isEqualTo(25);
        assertThat(Progress.of(List.of(), TODAY).percent()).isZero();
    }

    private static RiskAction action(LocalDate due, boolean done) {
        RiskAction action = new RiskAction();
        action.dueOn = due;
        action.doneAt = done ? Instant.parse("2026-11-30T10:00:00Z") : null;
        return action;
    }
}
