package io.csplatform.tracking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the tracking service ({@code tracking.*}). */
@ConfigMapping(prefix = "tracking")
public interface TrackingConfig {

    /** Days raw events are kept (by event time); older events are refused at ingest. */
    @WithDefault("90")
    int rawRetentionDays();

    /** The event name that counts as a login of the user. */
    @WithDefault("login")
    String loginEvent();

    /** Most events one REST call may carry. */
    @WithDefault("10000")
    int maxBatch();

    /** How often changed customer days and logins are published (read by the flusher's schedule). */
    @WithDefault("1s")
    String flushEvery();

    /** How often raw-event partitions are created ahead and dropped past the retention. */
    @WithDefault("1h")
    String partitionsEvery();

    /** Most customer days (and logins) one flush publishes. */
    @WithDefault("500")
    int flushBatch();
}
