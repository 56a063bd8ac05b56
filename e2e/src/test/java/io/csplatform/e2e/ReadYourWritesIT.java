package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A service never refuses a write because its projection of another service is a moment behind: a customer created
 * over REST is named, in the very next request and with no pause, by a contract, a charge, a sale and a ticket; the
 * services that do not know it yet ask the customers service on the caller's behalf. The lookup keeps tenants sealed:
 * another tenant's customer stays unknown.
 */
class ReadYourWritesIT {

    /** The demo tenant\'s time zone (the default): its today, not UTC\'s. */
    private static final java.time.ZoneId TENANT_ZONE = java.time.ZoneId.of("America/Sao_Paulo");

    private static Platform platform;
    private static String acme;
    private static String globex;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        acme = platform.stack.token("acme-admin", "acme-admin");
        globex = platform.stack.token("globex-csm", "globex-csm");
    }

    @Test
    void aCustomerCreatedJustNowCanBeNamedInTheNextRequestOfEveryService() {
        for (int i = 0; i < 5; i++) {
            String customer = newCustomer();
            as(acme, "contracts").body(Map.of("customerId", customer, "mrr", 900, "currency", "BRL",
                            "startDate", LocalDate.now(TENANT_ZONE).toString(), "endDate", LocalDate.now(TENANT_ZONE).plusYears(1).toString()))
                    .post("/api/v1/contracts").then().statusCode(201).body("customerId", equalTo(customer));
            customer = newCustomer();
            as(acme, "finance").body(Map.of("customerId", customer, "amount", 99.9, "currency", "BRL",
                            "dueDate", LocalDate.now(TENANT_ZONE).plusDays(10).toString()))
                    .post("/api/v1/charges").then().statusCode(201);
            customer = newCustomer();
            as(acme, "finance").body(Map.of("customerId", customer, "product", "Consulting", "amount", 500,
                            "currency", "BRL", "soldOn", LocalDate.now(TENANT_ZONE).toString()))
                    .post("/api/v1/sales").then().statusCode(201);
            customer = newCustomer();
            as(acme, "tickets").body(Map.of("customerId", customer, "subject", "O painel não carrega"))
                    .post("/api/v1/tickets").then().statusCode(201);
        }
    }

    @Test
    void anotherTenantsCustomerStaysUnknownEvenWhenAsked() {
        String acmeCustomer = newCustomer();
        as(globex, "contracts").body(Map.of("customerId", acmeCustomer, "mrr", 900, "currency", "BRL",
                        "startDate", LocalDate.now(TENANT_ZONE).toString()))
                .post("/api/v1/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customerId"));
        as(globex, "tickets").body(Map.of("customerId", acmeCustomer, "subject", "x"))
                .post("/api/v1/tickets").then().statusCode(400);
        as(acme, "contracts").body(Map.of("customerId", UUID.randomUUID().toString(), "mrr", 900, "currency", "BRL",
                        "startDate", LocalDate.now(TENANT_ZONE).toString()))
                .post("/api/v1/contracts").then().statusCode(400).body("errors[0].field", equalTo("customerId"));
    }

    private static String newCustomer() {
        return as(acme, "customers").body(Map.of("name", "RYW " + UUID.randomUUID()))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
