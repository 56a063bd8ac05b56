package io.csplatform.customers.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.events;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomersTest {

    @Test
    void aCustomerIsCreatedWithTheWholeModelAndCustomerCreatedIsPublished() {
        String external = unique("ERP").replace(' ', '-');
        String seats = "s" + external.substring(4).replace("-", "");
        as(ACME_ADMIN).body(Map.of("key", seats, "type", "number")).post("/api/v1/customer-attributes").then().statusCode(201);
        String portfolio = as(ACME_ADMIN).body(Map.of("name", unique("Carteira"))).post("/api/v1/portfolios").then()
                .statusCode(201).extract().path("id");
        String id = createCustomer(ACME_ADMIN, Map.ofEntries(Map.entry("name", "ACME Full " + external),
                Map.entry("externalId", external), Map.entry("status", "onboarding"),
                Map.entry("registrationDate", "2026-01-15"), Map.entry("startDate", "2026-02-01"),
                Map.entry("endDate", "2027-01-31"), Map.entry("plan", "Enterprise"),
                Map.entry("products", List.of("CRM", "ERP")), Map.entry("services", List.of("Onboarding")),
                Map.entry("groups", List.of("Varejo")), Map.entry("segments", List.of("SMB")),
                Map.entry("tags", List.of("vip")), Map.entry("portfolioId", portfolio),
                Map.entry("attributes", Map.of(seats, 25)),
                Map.entry("mainContact", Map.of("name", "Ana", "email", "ana@acme.example.com"))));

        as(ACME_CSM).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("externalId", equalTo(external)).body("status", equalTo("onboarding"))
                .body("registrationDate", equalTo("2026-01-15")).body("plan", equalTo("Enterprise"))
                .body("products", equalTo(List.of("CRM", "ERP"))).body("tags", equalTo(List.of("vip")))
                .body("mainContact.email", equalTo("ana@acme.example.com"));
        JsonNode created = json(event(CustomerMessages.CUSTOMER_CREATED, id));
        assertThat(created.get("externalId").asText()).isEqualTo(external);
        assertThat(created.get("registrationDate").asText()).isEqualTo("2026-01-15");
        assertThat(created.get("startDate").asText()).isEqualTo("2026-02-01");
        assertThat(created.get("endDate").asText()).isEqualTo("2027-01-31");
        assertThat(created.get("plan").asText()).isEqualTo("Enterprise");
        assertThat(created.get("products")).containsExactly(text("CRM"), text("ERP"));
        assertThat(created.get("services")).containsExactly(text("Onboarding"));
        assertThat(created.get("groups")).containsExactly(text("Varejo"));
        assertThat(created.get("segments")).containsExactly(text("SMB"));
        assertThat(created.get("tags")).containsExactly(text("vip"));
        assertThat(created.get("portfolioId").asText()).isEqualTo(portfolio);
        assertThat(created.has("parentId")).isFalse();
        assertThat(created.get("attributes").get(seats).asInt()).isEqualTo(25);
        assertThat(Instant.parse(created.get("createdAt").asText())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    @Test
    void concurrentCreatesWithOneExternalIdGiveOneCustomerAndConflictsNamingTheField() {
        String external = unique("DUP").replace(' ', '-');
        List<Integer> statuses = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() -> as(ACME_ADMIN)
                        .body(Map.of("name", "Dup " + i, "externalId", external)).post("/api/v1/customers").statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        as(ACME_ADMIN).body(Map.of("name", "Dup again", "externalId", external)).post("/api/v1/customers")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("externalId"));
        createCustomer(GLOBEX_ADMIN, Map.of("name", "Other tenant", "externalId", external));
    }

    @Test
    void aMergePatchChangesOnlyTheGivenFieldsAndPublishesUpdatedStatusAndTagEvents() {
        String id = createCustomer(ACME_ADMIN, Map.of("name", unique("Patch"), "status", "onboarding", "plan", "Basic",
                "tags", List.of("trial", "smb")));

        as(ACME_ADMIN).contentType("application/merge-patch+json")
                .body("{\"status\":\"active\",\"tags\":[\"smb\",\"vip\"],\"plan\":null}")
                .patch("/api/v1/customers/" + id).then().statusCode(200)
                .body("status", equalTo("active")).body("tags", equalTo(List.of("smb", "vip")))
                .body("plan", equalTo(null)).body("updatedAt", notNullValue());

        JsonNode changes = json(event(CustomerMessages.CUSTOMER_UPDATED, id)).get("changes");
        assertThat(changes.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "tags", "plan");
        assertThat(changes.get("plan").get("from").asText()).isEqualTo("Basic");
        assertThat(changes.get("plan").get("to").isNull()).isTrue();
        JsonNode status = json(event(CustomerMessages.CUSTOMER_STATUS_CHANGED, id));
        assertThat(status.get("fromStatus").asText()).isEqualTo("onboarding");
        assertThat(status.get("toStatus").asText()).isEqualTo("active");
        List<KafkaMessage> tags = events(CustomerMessages.CUSTOMER_TAG_CHANGED, id, 2);
        assertThat(tags.stream().map(m -> json(m).get("tag").asText() + ":" + json(m).get("change").asText()))
                .containsExactlyInAnyOrder("vip:added", "trial:removed");
    }

    @Test
    void statusesAreTheTenantsConfiguredListAndAnUnknownOneIsRefusedNamingTheField() {
        String id = createCustomer(ACME_ADMIN);
        String code = "renewal-" + unique("x").substring(2);

        as(ACME_ADMIN).body(Map.of("status", code)).patch("/api/v1/customers/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(ACME_CSM).get("/api/v1/customer-statuses").then().statusCode(200)
                .body("items[0]", equalTo("active"));
        as(ACME_CSM).body(Map.of("code", code)).post("/api/v1/customer-statuses").then().statusCode(403);
        as(ACME_ADMIN).body(Map.of("code", code)).post("/api/v1/customer-statuses").then().statusCode(200);
        as(ACME_ADMIN).body(Map.of("code", code)).post("/api/v1/customer-statuses").then().statusCode(409);
        as(ACME_ADMIN).body(Map.of("status", code)).patch("/api/v1/customers/" + id).then().statusCode(200)
                .body("status", equalTo(code));
        as(GLOBEX_ADMIN).body(Map.of("name", "No such status", "status", code)).post("/api/v1/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void badPatchValuesAreRefusedNamingTheField() {
        String id = createCustomer(ACME_ADMIN);
        String path = "/api/v1/customers/" + id;

        as(ACME_ADMIN).body(Map.of("startDate", "31/12/2026")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        as(ACME_ADMIN).body(Map.of("colour", "red")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        as(ACME_ADMIN).body("{\"name\":null}").patch(path).then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(ACME_ADMIN).body(Map.of("tags", List.of("ok", ""))).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("tags[1]"));
        as(ACME_ADMIN).body("[1]").patch(path).then().statusCode(400);
    }

    @Test
    void archivingAnswers204HidesTheCustomerFromListsAndKeepsItReadable() {
        String tag = unique("archive").replace(' ', '-');
        String id = createCustomer(ACME_ADMIN, Map.of("name", unique("Archived"), "tags", List.of(tag)));

        as(ACME_ADMIN).delete("/api/v1/customers/" + id).then().statusCode(204);
        as(ACME_ADMIN).delete("/api/v1/customers/" + id).then().statusCode(204);
        as(ACME_ADMIN).get("/api/v1/customers/" + id).then().statusCode(200).body("archivedAt", notNullValue());
        as(ACME_ADMIN).queryParam("tag", tag).get("/api/v1/customers").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(json(event(CustomerMessages.CUSTOMER_UPDATED, id)).get("changes").has("archivedAt")).isTrue();
    }

    @Test
    void anotherTenantsCustomerIsNotFound() {
        String id = createCustomer(ACME_ADMIN);

        as(GLOBEX_ADMIN).get("/api/v1/customers/" + id).then().statusCode(404).contentType("application/problem+json");
        as(GLOBEX_ADMIN).body(Map.of("plan", "Stolen")).patch("/api/v1/customers/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).delete("/api/v1/customers/" + id).then().statusCode(404);
        as(ACME_ADMIN).get("/api/v1/customers/" + id).then().statusCode(200).body("archivedAt", equalTo(null));
    }

    @Test
    void branchesPointAtAParentAccountOneLevelDeep() {
        String parent = createCustomer(ACME_ADMIN, Map.of("name", unique("Matriz")));
        String branch = createCustomer(ACME_ADMIN, Map.of("name", unique("Filial"), "parentId", parent));
        assertThat(json(event(CustomerMessages.CUSTOMER_CREATED, branch)).get("parentId").asText()).isEqualTo(parent);

        as(ACME_ADMIN).queryParam("parent", parent).get("/api/v1/customers").then().statusCode(200)
                .body("items.id", equalTo(List.of(branch)));
        as(ACME_ADMIN).body(Map.of("name", unique("Sub"), "parentId", branch)).post("/api/v1/customers")
                .then().statusCode(409);
        as(ACME_ADMIN).body(Map.of("parentId", parent)).patch("/api/v1/customers/" + parent).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        String globex = createCustomer(GLOBEX_ADMIN);
        as(ACME_ADMIN).body(Map.of("parentId", globex)).patch("/api/v1/customers/" + branch).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }
}
