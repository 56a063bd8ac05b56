package io.csplatform.customers.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Only acme changes its settings here: globex keeps the defaults, so every test may read them. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class TenantSettingsTest {

    private static final String SETTINGS = "/api/v1/tenant/settings";
    private static final String NIL = "00000000-0000-0000-0000-000000000000";

    @Test
    void aTenantThatNeverChangedItsSettingsAnswersTheDefaults() {
        as(GLOBEX_ADMIN).get(SETTINGS).then().statusCode(200)
                .body("timeZone", equalTo("America/Sao_Paulo")).body("currency", equalTo("BRL"))
                .body("emailSenderName", nullValue()).body("emailReplyTo", nullValue()).body("version", equalTo(0));
    }

    @Test
    void aPatchIsReadBackAndPublishedWholeWithTheNextVersionAndAnotherTenantDoesNotSeeIt() {
        String sender = unique("CS Team");
        int before = as(ACME_ADMIN).get(SETTINGS).then().statusCode(200).extract().path("version");

        int version = as(ACME_ADMIN).contentType("application/merge-patch+json")
                .body("""
                        {"timeZone": "Europe/Lisbon", "currency": "EUR", "emailSenderName": "%s",
                         "emailSenderAddress": "cs@acme.example.com", "emailReplyTo": "help@acme.example.com"}"""
                        .formatted(sender))
                .patch(SETTINGS).then().statusCode(200).body("timeZone", equalTo("Europe/Lisbon"))
                .extract().path("version");
        assertThat(version).isEqualTo(before + 1);
        as(ACME_ADMIN).get(SETTINGS).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Lisbon")).body("currency", equalTo("EUR"))
                .body("emailSenderName", equalTo(sender)).body("emailSenderAddress", equalTo("cs@acme.example.com"))
                .body("emailReplyTo", equalTo("help@acme.example.com")).body("version", equalTo(version));

        KafkaMessage message = event("acme", sender, version);
        assertThat(message.key()).isEqualTo("acme:" + NIL);
        JsonNode changed = json(message);
        assertThat(changed.get("tenantId").asText()).isEqualTo("acme");
        assertThat(changed.get("timeZone").asText()).isEqualTo("Europe/Lisbon");
        assertThat(changed.get("currency").asText()).isEqualTo("EUR");
        assertThat(changed.get("emailSenderAddress").asText()).isEqualTo("cs@acme.example.com");
        assertThat(changed.get("emailReplyTo").asText()).isEqualTo("help@acme.example.com");

        as(GLOBEX_ADMIN).get(SETTINGS).then().statusCode(200).body("timeZone", equalTo("America/Sao_Paulo"))
                .body("currency", equalTo("BRL")).body("emailSenderName", nullValue());

        as(ACME_ADMIN).body(Map.of("currency", "EUR", "emailSenderName", sender)).patch(SETTINGS).then().statusCode(200)
                .body("version", equalTo(version));
        as(ACME_ADMIN).body("{\"emailReplyTo\": null, \"timeZone\": \"America/Sao_Paulo\"}").patch(SETTINGS).then()
                .statusCode(200).body("emailReplyTo", nullValue()).body("version", equalTo(version + 1));
        JsonNode next = json(event("acme", sender, version + 1));
        assertThat(next.has("emailReplyTo")).isFalse();
        assertThat(next.get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        bad(Map.of("timeZone", "Mars/Olympus_Mons"), "timeZone");
        bad(Map.of("timeZone", "+03:00"), "timeZone");
        bad(Map.of("currency", "ABC"), "currency");
        bad(Map.of("emailSenderAddress", "not-an-email"), "emailSenderAddress");
        bad(Map.of("colour", "red"), "colour");
        as(ACME_ADMIN).body("{\"timeZone\": null}").patch(SETTINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(ACME_ADMIN).body("[1]").patch(SETTINGS).then().statusCode(400);
    }

    @Test
    void onlyTheTenantsAdminsReadOrChangeItsSettings() {
        as(ACME_CSM).get(SETTINGS).then().statusCode(403);
        as(ACME_CSM).body(Map.of("currency", "USD")).patch(SETTINGS).then().statusCode(403);
        given().get(SETTINGS).then().statusCode(401);
    }

    private static void bad(Map<String, ?> patch, String field) {
        as(ACME_ADMIN).body(patch).patch(SETTINGS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    /** The tenant's {@code tenant.settings.changed} of this version with this sender name, checked against its schema. */
    private static KafkaMessage event(String tenant, String sender, int version) {
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            KafkaMessage message = kafka.await(Topic.CUSTOMERS_EVENTS.name(),
                    m -> CustomerMessages.TENANT_SETTINGS_CHANGED.name().equals(m.header("ce_type"))
                            && tenant.equals(m.header("ce_tenantid")) && NIL.equals(m.header("ce_subject"))
                            && sender.equals(json(m).path("emailSenderName").asText())
                            && json(m).path("version").asLong() == version,
                    Duration.ofSeconds(60));
            assertThat(ContractSchemas.violations(CustomerMessages.TENANT_SETTINGS_CHANGED, message.value()))
                    .as(message.value()).isEmpty();
            return message;
        }
    }
}
