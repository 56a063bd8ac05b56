package io.csplatform.outbox;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The platform's clock ({@link PlatformClock}: UTC, shifted by the {@link PlatformTime} offset, zero in production);
 * code asks for a {@link Clock} instead of calling now(), so a test or the demo can move every decision that depends
 * on the day (sweeps, due dates, "N days after") with {@code PUT /api/v1/admin/clock} ({@link ClockResource}).
 */
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock platformClock(PlatformTime time) {
        return time.clock();
    }
}
