package io.csplatform.contracts;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static io.csplatform.testing.TestPlatform.deadLettered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who may write the ERP ingest, on the real broker with its SASL logins and ACLs: a tenant's ERP writes only its
 * tenant's topic, the tenant comes from that topic (a header naming another tenant is refused), a client without
 * credentials gets nowhere, and one tenant reusing another's message id suppresses nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class KafkaIngestAccessTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Test
    void aTenantsErpMayWriteNeitherAnotherTenantsTopicNorThePlatformsTopics() {
        String customer = PLATFORM.erpCustomer("globex");
        String payload = EventJson.write(ErpIngestTest.contract(customer, "ct-" + customer, 1, "10.00"));
        try (KafkaProbe acmeErp = KafkaProbe.asIntegration(TestPlatform.stack(), "acme")) {
            assertThatThrownBy(() -> acmeErp.publish(Topic.INGEST_ERP.forTenant("globex"), customer, payload,
                    headers("globex", customer, UUID.randomUUID())))
                    .isInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> acmeErp.publish(Topic.CONTRACTS_EVENTS.name(), customer, payload,
                    headers("globex", customer, UUID.randomUUID())))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(contractsOf("globex", customer)).isZero();
    }

    @Test
    void aClientWithoutCredentialsCannotWriteAtAll() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.stack().kafkaBootstrapServers());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topic.INGEST_ERP.forTenant("acme"), "k", "{}"))
                    .get()).isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.KafkaException.class);
        }
    }

    @Test
    void aHeaderNamingAnotherTenantIsRefusedWithTheReasonAndAppliesNowhere() {
        String customer = "forged-" + UUID.randomUUID();
        PLATFORM.customer("acme", customer);
        PLATFORM.customer("globex", customer);
        Map<String, String> forged = headers("globex", customer, UUID.randomUUID());
        try (KafkaProbe acmeErp = KafkaProbe.asIntegration(TestPlatform.stack(), "acme")) {
            acmeErp.publish(Topic.INGEST_ERP.forTenant("acme"), customer,
                    EventJson.write(ErpIngestTest.contract(customer, "ct-" + customer, 1, "10.00")), forged);
        }
        assertThat(deadLettered(forged).header("dead-letter-reason"))
                .contains("ce_tenantid 'globex' is not the tenant of topic 'cs.tenant.acme.ingest.erp.v1'");
        assertThat(contractsOf("globex", customer)).isZero();
        assertThat(contractsOf("acme", customer)).isZero();
    }

    @Test
    void oneTenantReusingAnotherTenantsMessageIdSuppressesNothing() {
        String customer = "same-id-" + UUID.randomUUID();
        PLATFORM.customer("acme", customer);
        PLATFORM.customer("globex", customer);
        UUID sharedId = UUID.randomUUID();
        for (String tenant : List.of("globex", "acme")) {
            try (KafkaProbe erp = KafkaProbe.asIntegration(TestPlatform.stack(), tenant)) {
                erp.publish(Topic.INGEST_ERP.forTenant(tenant), customer,
                        EventJson.write(ErpIngestTest.contract(customer, "ct-" + customer, 1, "10.00")),
                        headers(tenant, customer, sharedId));
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(contractsOf("globex", customer)).isEqualTo(1);
            assertThat(contractsOf("acme", customer)).isEqualTo(1);
        });
    }

    private static Map<String, String> headers(String tenant, String customer, UUID id) {
        Map<String, String> headers = new HashMap<>(EventHeaders.origin("/erp/" + tenant, IngestMessages.ERP_CONTRACT,
                tenant, customer, Instant.now()).toMap());
        headers.put("ce_id", id.toString());
        headers.put("ce_correlationid", id.toString());
        return headers;
    }

    /** The tenant's contracts of the customer with this external id, read in the database. */
    private static int contractsOf(String tenant, String customerExternalId) {
        try (var connection = java.sql.DriverManager.getConnection(TestPlatform.stack().jdbcUrl("contracts"),
                TestPlatform.stack().postgresUser(), TestPlatform.stack().postgresPassword());
             var statement = connection.prepareStatement("""
                     select count(*) from contract c join customer_ref r
                       on r.tenant_id = c.tenant_id and r.customer_id = c.customer_id
                     where c.tenant_id = ? and r.external_id = ?""")) {
            statement.setString(1, tenant);
            statement.setString(2, customerExternalId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
