package io.csplatform.e2e;

import io.csplatform.local.demo.DemoLoader;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's demo (issue #20): its loader ({@code deploy/local}, {@link DemoLoader}) run against this platform on
 * tenant globex, with a suffix on names, external ids and addresses. Every one of the 15 starter templates is active
 * afterwards and has an execution for its demo customer, without the clock moved: the demo's facts are dated in the
 * past where time matters. The playbooks are deactivated at the end, so they fire nothing in the other tests on globex.
 */
class DemoTenantIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static Platform platform;
    private static String admin;
    private static DemoLoader.Loaded demo;

    @BeforeAll
    static void load() {
        platform = Platform.get();
        admin = platform.stack.token("globex-admin", "globex-admin");
        Map<String, String> urls = List.of("customers", "contracts", "journeys", "tickets", "tracking", "finance",
                "surveys", "health-score", "playbook-runtime", "actions").stream()
                .collect(Collectors.toMap(s -> s, platform::url));
        demo = DemoLoader.load(new DemoLoader.Target(urls, () -> platform.stack.token("globex-admin", "globex-admin"),
                () -> platform.stack.clientToken("globex-integration", "globex-integration-secret"), "globex-csm",
                platform.stack::receivedMails, UUID.randomUUID().toString().substring(0, 8), WAIT));
    }

    @AfterAll
    static void deactivate() {
        if (demo != null) {
            String token = platform.stack.token("globex-admin", "globex-admin");
            demo.playbooks().values().forEach(id -> as(token).post("/api/v1/playbooks/" + id + "/deactivate"));
        }
    }

    @Test
    void everyStarterTemplateIsActiveAndFiresForItsDemoCustomer() {
        assertThat(demo.problems()).as("what the demo could not load").isEmpty();
        assertThat(demo.playbooks()).hasSize(15);
        List<String> templates = as(admin).queryParam("limit", 50).get("/api/v1/playbook-templates").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(demo.playbooks().keySet()).containsExactlyInAnyOrderElementsOf(templates);
        demo.playbooks().values().forEach(id -> as(admin).get("/api/v1/playbooks/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE")));

        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(withoutExecution()).as("templates without an execution for their demo customer").isEmpty());
    }

    /** Template id → its demo customer, for the templates that have no execution for that customer yet. */
    private static Map<String, String> withoutExecution() {
        String token = platform.stack.token("globex-admin", "globex-admin");
        Map<String, String> missing = new TreeMap<>();
        demo.templateCustomers().forEach((template, customer) -> {
            List<Object> executions = as(token).queryParam("customerId", customer)
                    .get("/api/v1/playbooks/" + demo.playbooks().get(template) + "/executions").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            if (executions.isEmpty()) {
                missing.put(template, customer);
            }
        });
        return missing;
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(platform.url("playbook-runtime")).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
