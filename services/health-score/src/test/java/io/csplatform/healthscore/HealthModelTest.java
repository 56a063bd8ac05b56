package io.csplatform.healthscore;

import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.healthscore.Inputs.PLATFORM;
import static io.csplatform.healthscore.Inputs.publish;
import static io.csplatform.healthscore.Inputs.today;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The tenant's model (tenant globex, so the other classes keep acme's defaults): admin only, checked, applied. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class HealthModelTest {

    private static final String TENANT = "globex";

    @Test
    void onlyAnAdminReadsOrChangesTheModelAndABadOneIsRefusedNamingTheField() {
        as(TENANT + "-csm").get("/api/v1/health-model").then().statusCode(403);
        as(TENANT + "-csm").body(Map.of()).put("/api/v1/health-model").then().statusCode(403);
        as(TENANT + "-admin").get("/api/v1/health-model").then().statusCode(200)
                .body("measures.keySet()", hasItems("usage", "surveys", "tickets", "overdueCharges", "overdueTasks",
                        "renewal"));
        as(TENANT + "-admin").body(Map.of("measures", Map.of("usage", Map.of("weight", 300))))
                .put("/api/v1/health-model").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures.usage.weight"));
        as(TENANT + "-admin").body(Map.of("bands", List.of(Map.of("name", "low", "min", 10))))
                .put("/api/v1/health-model").then().statusCode(400).body("errors[0].field", equalTo("bands[0].min"));
        as(TENANT + "-admin").body(Map.of("measures", Map.of("renewal", Map.of("params", Map.of("soon", 3)))))
                .put("/api/v1/health-model").then().statusCode(400)
                .body("errors[0].field", equalTo("measures.renewal.params.soon"));
    }

    @Test
    void aSavedModelScoresTheTenantsCustomersWithItsWeightsAndBands() {
        UUID customer = PLATFORM.customer(TENANT, null);
        int version = as(TENANT + "-admin").body(Map.of(
                        "measures", Map.of("overdueCharges", Map.of("weight", 30, "params", Map.of("perCharge", 100))),
                        "bands", List.of(Map.of("name", "bad", "min", 0), Map.of("name", "good", "min", 50)),
                        "manualValidDays", 7))
                .put("/api/v1/health-model").then().statusCode(200)
                .body("measures.overdueCharges.weight", equalTo(30)).body("measures.overdueCharges.params.perCharge", equalTo(100))
                .body("measures.usage.weight", equalTo(35)).body("bands[1].name", equalTo("good"))
                .extract().path("version");
        assertThat(version).isPositive();
        publish(Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_OVERDUE, TENANT, customer, new ChargeOverdue(
                UUID.randomUUID(), customer, null, new BigDecimal("10.00"), "USD", today().minusDays(2), 1));
        // tickets 10 and tasks 5 at 100, charges 30 at 0: 1500 / 45
        var score = Inputs.awaitBand(TENANT, customer, "bad");
        assertThat(score.getFloat("score")).isEqualTo(33.33f);
        assertThat(score.getFloat("measures.find { it.measure == 'overdueCharges' }.weight")).isEqualTo(30f);
    }
}
