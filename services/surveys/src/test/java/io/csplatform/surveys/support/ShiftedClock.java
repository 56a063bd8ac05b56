package io.csplatform.surveys.support;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: the system's, moved by a shift a test sets (and resets) to reach another day. */
@Singleton
public class ShiftedClock extends Clock {

    private static volatile Duration shift = Duration.ZERO;

    /** From now on the service lives at {@code at} (and time goes on from there). */
    public static void at(Instant at) {
        shift = Duration.between(Instant.now(), at);
    }

    public static void later(Duration by) {
        shift = shift.plus(by);
    }

    public static void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
