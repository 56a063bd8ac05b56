package io.csplatform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the platform's "now" is from the real one: zero, and fixed at zero, unless {@code cs.clock.adjustable=true}
 * (the e2e platform, the services' tests and the local launcher set it; production never does). A test and demo
 * facility: the offset is process-wide, for every tenant of the service at once, and is lost at restart.
 */
@ApplicationScoped
public class PlatformTime {

    private final boolean adjustable;
    private final Clock real;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    public PlatformTime(@ConfigProperty(name = "cs.clock.adjustable", defaultValue = "false") boolean adjustable) {
        this(adjustable, Clock.systemUTC());
    }

    PlatformTime(boolean adjustable, Clock real) {
        this.adjustable = adjustable;
        this.real = real;
    }

    public boolean adjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset.get();
    }

    /** Sets the offset from the real time (replacing the previous one; zero goes back to the real time). */
    public void shift(Duration to) {
        if (!adjustable) {
            throw new IllegalStateException("the clock is not adjustable (cs.clock.adjustable=false)");
        }
        offset.set(to);
    }

    /** Moves "now" to {@code at}; the clock keeps running from there. */
    public void moveTo(Instant at) {
        shift(Duration.between(real.instant(), at));
    }

    /** The clock every service injects: the real one shifted by the offset. */
    public Clock clock() {
        return new PlatformClock(real, this);
    }
}
