package io.csplatform.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kafka topic of the platform: {@code cs.<domain>.<channel>.v1}. The outbox routes a row to its
 * topic by {@link #routingKey()}, stored in the row's {@code aggregatetype} column.
 */
public record Topic(String domain, String channel) {

    public static final Topic CUSTOMERS_EVENTS = new Topic("customers", "events");
    public static final Topic CUSTOMERS_COMMANDS = new Topic("customers", "commands");
    public static final Topic CONTRACTS_EVENTS = new Topic("contracts", "events");
    public static final Topic FINANCE_EVENTS = new Topic("finance", "events");
    /** What ERP / billing systems push, keyed by the ERP's customer external id: {@code cs.ingest.erp.v1}. */
    public static final Topic INGEST_ERP = new Topic("ingest", "erp");
    /** What customers' helpdesks push, keyed by the helpdesk's customer external id: {@code cs.ingest.helpdesk.v1}. */
    public static final Topic INGEST_HELPDESK = new Topic("ingest", "helpdesk");
    /** What customers' products push (usage events), keyed by the customer external id: {@code cs.ingest.tracking.v1}. */
    public static final Topic INGEST_TRACKING = new Topic("ingest", "tracking");
    public static final Topic JOURNEYS_EVENTS = new Topic("journeys", "events");
    public static final Topic JOURNEYS_COMMANDS = new Topic("journeys", "commands");
    public static final Topic ACTIONS_COMMANDS = new Topic("actions", "commands");
    public static final Topic ACTIONS_RESULTS = new Topic("actions", "results");
    /** The tickets service: {@code cs.tickets.events.v1}. */
    public static final Topic TICKETS_EVENTS = new Topic("tickets", "events");
    /** The surveys service (NPS, CSAT): {@code cs.surveys.events.v1}. */
    public static final Topic SURVEYS_EVENTS = new Topic("surveys", "events");
    /** Commands the surveys service carries out (sending a survey): {@code cs.surveys.commands.v1}. */
    public static final Topic SURVEYS_COMMANDS = new Topic("surveys", "commands");
    /** The product-usage tracking service: {@code cs.tracking.events.v1}. */
    public static final Topic TRACKING_EVENTS = new Topic("tracking", "events");
    /** The health-score service, to come: {@code cs.healthscore.events.v1}. */
    public static final Topic HEALTHSCORE_EVENTS = new Topic("healthscore", "events");

    /** Commands the health-score service carries out (a manual change): {@code cs.healthscore.commands.v1}. */
    public static final Topic HEALTHSCORE_COMMANDS = new Topic("healthscore", "commands");

    /** The topics outside systems write: each tenant writes its own copy of them ({@link #forTenant}). */
    public static final List<Topic> INGEST = List.of(INGEST_ERP, INGEST_HELPDESK, INGEST_TRACKING);

    private static final String TENANT_PREFIX = "cs.tenant.";
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern TENANT_TOPIC = Pattern.compile("cs\\.tenant\\.([A-Za-z0-9_-]{1,100})\\.(.+)\\.v1");

    public String name() {
        return "cs." + routingKey() + ".v1";
    }

    public String routingKey() {
        return domain + "." + channel;
    }

    public String deadLetterName() {
        return name() + ".dlq";
    }

    /**
     * The copy of this ingest topic that only {@code tenantId}'s integration may write (a Kafka ACL on
     * {@link #tenantPrefix}): {@code cs.tenant.<tenantId>.ingest.erp.v1}. Its consumers take the tenant from the
     * topic, never from a header the producer wrote.
     */
    public String forTenant(String tenantId) {
        return tenantPrefix(tenantId) + routingKey() + ".v1";
    }

    /** The regular expression every tenant's copy of this topic matches (pattern subscription); not its DLQ. */
    public String tenantPattern() {
        return "cs\\.tenant\\.[A-Za-z0-9_-]+\\." + routingKey().replace(".", "\\.") + "\\.v1";
    }

    /** The topic-name prefix a tenant's integration principal may write ({@code cs.tenant.<tenantId>.}). */
    public static String tenantPrefix(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenant id '" + tenantId + "' cannot name a topic: letters, digits, "
                    + "'_' and '-' only");
        }
        return TENANT_PREFIX + tenantId + ".";
    }

    /** The tenant whose copy of an ingest topic {@code topicName} is, if it is one. */
    public static Optional<String> tenantOf(String topicName) {
        Matcher matcher = TENANT_TOPIC.matcher(topicName == null ? "" : topicName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Record key: every event of one customer lands on one partition, in order. */
    public static String key(String tenantId, Object customerId) {
        return tenantId + ":" + customerId;
    }
}
