package io.csplatform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock: a base clock (the system's) shifted by the {@link PlatformTime} offset, read at every call, so
 * a clock taken with {@link #withZone} follows later moves too. With the offset at zero it is the base clock.
 */
public final class PlatformClock extends Clock {

    private final Clock base;
    private final PlatformTime time;

    public PlatformClock(Clock base, PlatformTime time) {
        this.base = base;
        this.time = time;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(base.getZone()) ? this : new PlatformClock(base.withZone(zone), time);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(time.offset());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public String toString() {
        return "PlatformClock[" + base + " + " + time.offset() + "]";
    }
}
