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

    /** The consumers of {@code cs.ingest.tracking.v1}. */
    Ingest ingest();

    /** Most customer days (and logins) one flush publishes. */
    @WithDefault("500")
    int flushBatch();

    /** The Kafka ingest's consumers. */
    interface Ingest {

        /**
         * Consumer threads (each applies its polls one at a time, in its own transactions, checking the next poll
         * meanwhile); more than the topic's partitions stay idle.
         */
        @WithDefault("2")
        int consumers();

        /** Most records one poll (one transaction) takes. */
        @WithDefault("5000")
        int maxPollRecords();

        /** Most bytes one fetch takes, of a partition and in all ({@code fetch.max.bytes}, {@code max.partition.fetch.bytes}). */
        @WithDefault("4194304")
        int fetchMaxBytes();
    }
}
