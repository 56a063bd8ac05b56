package io.csplatform.outbox;

import io.csplatform.rest.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformClockTest {

    private static final Instant REAL = Instant.parse("2027-01-15T02:00:00Z");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void isTheRealClockUntilMoved() {
        PlatformTime time = new PlatformTime(true, Clock.fixed(REAL, ZoneOffset.UTC));
        assertThat(time.clock().instant()).isEqualTo(REAL);
        assertThat(time.offset()).isZero();
    }

    @Test
    void anOffsetMovesEveryClockTakenFromIt_evenOnesInAnotherZoneTakenBefore() {
        PlatformTime time = new PlatformTime(true, Clock.fixed(REAL, ZoneOffset.UTC));
        Clock clock = time.clock();
        Clock local = clock.withZone(SAO_PAULO);
        assertThat(LocalDate.now(local)).isEqualTo(LocalDate.of(2027, 1, 14));

        time.shift(Duration.ofDays(30));

        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofDays(30)));
        assertThat(clock.millis()).isEqualTo(REAL.plus(Duration.ofDays(30)).toEpochMilli());
        assertThat(LocalDate.now(local)).isEqualTo(LocalDate.of(2027, 2, 13));
        assertThat(local.getZone()).isEqualTo(SAO_PAULO);
    }

    @Test
    void movingToAnInstantSetsTheOffsetFromTheRealTime_andZeroGoesBack() {
        PlatformTime time = new PlatformTime(true, Clock.fixed(REAL, ZoneOffset.UTC));
        time.moveTo(Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(time.clock().instant()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(time.offset()).isEqualTo(Duration.between(REAL, Instant.parse("2027-03-01T09:00:00Z")));

        time.shift(Duration.ZERO);
        assertThat(time.clock().instant()).isEqualTo(REAL);
    }

    @Test
    void cannotMoveUnlessAdjustable() {
        PlatformTime time = new PlatformTime(false, Clock.fixed(REAL, ZoneOffset.UTC));
        assertThatThrownBy(() -> time.shift(Duration.ofDays(1))).isInstanceOf(IllegalStateException.class);
        assertThat(time.clock().instant()).isEqualTo(REAL);
    }

    @Test
    void badInputNamesTheField() {
        assertThat(ClockResource.duration("P30D")).isEqualTo(Duration.ofDays(30));
        assertThat(ClockResource.duration("-PT2H")).isEqualTo(Duration.ofHours(-2));
        assertThatThrownBy(() -> ClockResource.duration("30 days")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors()).extracting("field").containsExactly("offset"));
        assertThatThrownBy(() -> ClockResource.instant("tomorrow")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors()).extracting("field").containsExactly("at"));
    }
}
