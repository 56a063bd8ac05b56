package io.csplatform.customers.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class PortfoliosTest {

    @Test
    void movingACustomerBetweenPortfoliosPublishesFromAndTo() {
        String north = portfolio(unique("Norte"));
        String south = portfolio(unique("Sul"));
        String customer = createCustomer(ACME_ADMIN, Map.of("name", unique("Moving"), "portfolioId", north));

        as(ACME_CSM).body(Map.of("portfolioId", south)).patch("/api/v1/customers/" + customer).then().statusCode(200)
                .body("portfolioId", equalTo(south));

        JsonNode moved = json(event(CustomerMessages.CUSTOMER_PORTFOLIO_CHANGED, customer));
        assertThat(moved.get("fromPortfolioId").asText()).isEqualTo(north);
        assertThat(moved.get("toPortfolioId").asText()).isEqualTo(south);
        as(ACME_CSM).queryParam("portfolio", south).get("/api/v1/customers").then()
                .body("items.id", equalTo(java.util.List.of(customer)));
        as(ACME_ADMIN).delete("/api/v1/portfolios/" + south).then().statusCode(409);
        as(ACME_ADMIN).delete("/api/v1/portfolios/" + north).then().statusCode(204);
    }

    @Test
    void portfolioNamesAreUniqueIgnoringCaseAndOnlyAdminsChangeThem() {
        String name = unique("Carteira Ágil");
        String id = portfolio(name);

        as(ACME_ADMIN).body(Map.of("name", name.toUpperCase())).post("/api/v1/portfolios").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
        as(ACME_CSM).body(Map.of("name", unique("x"))).post("/api/v1/portfolios").then().statusCode(403);
        as(ACME_ADMIN).body(Map.of("name", name + " 2")).patch("/api/v1/portfolios/" + id).then().statusCode(200)
                .body("name", equalTo(name + " 2"));
        as(ACME_ADMIN).body(Map.of("name", "")).post("/api/v1/portfolios").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void anotherTenantsPortfolioIsNotFoundAndCannotBeUsed() {
        String id = portfolio(unique("Privada"));
        String globexCustomer = createCustomer(GLOBEX_ADMIN);

        as(GLOBEX_ADMIN).get("/api/v1/portfolios/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).delete("/api/v1/portfolios/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).body(Map.of("portfolioId", id)).patch("/api/v1/customers/" + globexCustomer).then()
                .statusCode(400).body("errors[0].field", equalTo("portfolioId"));
    }

    private static String portfolio(String name) {
        return as(ACME_ADMIN).body(Map.of("name", name)).post("/api/v1/portfolios").then().statusCode(201)
                .extract().path("id");
    }
}
