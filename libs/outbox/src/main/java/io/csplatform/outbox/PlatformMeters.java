package io.csplatform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * The platform's own meters, shared by every service (Prometheus at {@code /q/metrics}): counters registered on
 * Micrometer's global registry, which Quarkus backs with its Prometheus registry (and a unit test with a simple one).
 * Names are dotted here and exported as {@code cs_<name>_total}; tags are low-cardinality (consumer, type, outcome,
 * playbook id, action id, topic), never a customer or tenant.
 */
public final class PlatformMeters {

    /** Messages handed to {@link IdempotentConsumer}: outcome {@code applied}, {@code duplicate} or {@code failed}. */
    public static final String CONSUMED = "cs.messages.consumed";
    /** Messages parked on a dead-letter topic (tags: channel, topic). */
    public static final String DEAD_LETTERED = "cs.messages.dead.lettered";
    /** Records accepted or refused by an ingest (tags: ingest, outcome). */
    public static final String INGESTED = "cs.ingest.records";
    /** Step results reported to the playbook runtime by the service that owns the effect (tags: action, status). */
    public static final String ACTION_RESULTS = "cs.action.results";

    /** Transactions of {@link CommitGroups} (tags: consumer, outcome committed, split or alone). */
    public static final String COMMIT_GROUPS = "cs.commit.groups";
    /** Messages in those transactions, by the same tags (their ratio is the mean group size). */
    public static final String COMMIT_GROUP_MESSAGES = "cs.commit.group.messages";

    private PlatformMeters() {
    }

    public static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    public static void consumed(String consumer, String type, String outcome) {
        count(CONSUMED, "Messages applied once per consumer, by outcome", "consumer", consumer, "type", type,
                "outcome", outcome);
    }

    public static void deadLettered(String channel, String topic) {
        count(DEAD_LETTERED, "Messages parked on a dead-letter topic", "channel", channel, "topic", topic);
    }

    public static void ingested(String ingest, String outcome, long records) {
        counter(INGESTED, "Records received by an ingest, by outcome", "ingest", ingest, "outcome", outcome)
                .increment(records);
    }

    /** A group of {@code size} messages committed as one, was split (applied one by one) or was applied alone. */
    public static void commitGroup(String consumer, String outcome, int size) {
        count(COMMIT_GROUPS, "Transactions of grouped consumers, by outcome", "consumer", consumer, "outcome", outcome);
        counter(COMMIT_GROUP_MESSAGES, "Messages in the transactions of grouped consumers", "consumer", consumer,
                "outcome", outcome).increment(size);
    }

    public static void actionResult(String action, String status) {
        count(ACTION_RESULTS, "Playbook step results reported by the effect's owner", "action", action,
                "status", status);
    }

    /** Increments a counter; a null tag value is exported as {@code none}. */
    public static void count(String name, String description, String... tags) {
        counter(name, description, tags).increment();
    }

    public static Counter counter(String name, String description, String... tags) {
        String[] safe = tags.clone();
        for (int i = 1; i < safe.length; i += 2) {
            if (safe[i] == null) {
                safe[i] = "none";
            }
        }
        return Counter.builder(name).description(description).tags(safe).register(registry());
    }
}
