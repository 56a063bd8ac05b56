package io.csplatform.devstack;

import io.csplatform.events.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Who may do what on the dev stack's broker, as production sets it up:
 * <ul>
 *   <li>{@link #ADMIN} (the broker itself) and {@link #PLATFORM} (the platform's services and the relay): PLAIN,
 *   super users;</li>
 *   <li>one principal per tenant integration ({@code <tenant>-integration}, SCRAM-SHA-256): may write (and
 *   describe) only topics starting with {@code cs.tenant.<tenant>.}, i.e. its own copies of the ingest topics;
 *   the consumers take an ingest message's tenant from that topic.</li>
 * </ul>
 * The passwords here are the dev stack's, for a local machine only; production sets its own (docs/security.md).
 */
public final class KafkaAccess {

    public static final String ADMIN = "admin";
    public static final String PLATFORM = "platform";
    /** The demo tenants of the realm in deploy/keycloak, each with its integration. */
    public static final List<String> DEMO_TENANTS = List.of("acme", "globex");

    private static final String ADMIN_PASSWORD = "admin-dev-secret";
    private static final String PLATFORM_PASSWORD = "platform-dev-secret";
    private static final int PARTITIONS = 3;

    private KafkaAccess() {
    }

    /** The broker's PLAIN users and its own login (inter-broker and controller). */
    static String plainServerJaas() {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + ADMIN_PASSWORD + "\" user_" + ADMIN + "=\"" + ADMIN_PASSWORD + "\" user_"
                + PLATFORM + "=\"" + PLATFORM_PASSWORD + "\";";
    }

    /** Client settings of the platform's services (Kafka client property names). */
    public static Map<String, String> platformClient() {
        return plain(PLATFORM, PLATFORM_PASSWORD);
    }

    /** The integration principal of a tenant. */
    public static String integrationUser(String tenant) {
        return tenant + "-integration";
    }

    /** The dev stack's password of a tenant's integration principal. */
    public static String integrationPassword(String tenant) {
        return tenant + "-integration-dev-secret";
    }

    /** Client settings of a tenant's integration (an ERP, a helpdesk, a product sending usage). */
    public static Map<String, String> integrationClient(String tenant) {
        return scram(integrationUser(tenant), integrationPassword(tenant));
    }

    static Map<String, String> plain(String user, String password) {
        return sasl("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule", user, password);
    }

    static Map<String, String> scram(String user, String password) {
        return sasl("SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule", user, password);
    }

    private static Map<String, String> sasl(String mechanism, String loginModule, String user, String password) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", mechanism);
        props.put("sasl.jaas.config", loginModule + " required username=\"" + user + "\" password=\"" + password + "\";");
        return props;
    }

    /**
     * Gives a tenant's integration its SCRAM credential, its copies of the ingest topics and the ACL that lets it
     * write them and nothing else. Safe to repeat.
     */
    public static void provisionTenant(String bootstrapServers, String tenant, String password) {
        Map<String, Object> config = new HashMap<>(platformClient());
        config.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            String user = integrationUser(tenant);
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), password))).all().get();
            for (Topic topic : Topic.INGEST) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.forTenant(tenant), PARTITIONS, (short) 1)))
                            .all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            ResourcePattern own = new ResourcePattern(ResourceType.TOPIC, Topic.tenantPrefix(tenant),
                    PatternType.PREFIXED);
            admin.createAcls(List.of(AclOperation.WRITE, AclOperation.DESCRIBE).stream()
                    .map(op -> new AclBinding(own, new AccessControlEntry("User:" + user, "*", op,
                            AclPermissionType.ALLOW))).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning tenant " + tenant, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot provision Kafka access of tenant " + tenant + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
