package io.csplatform.finance;

import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.finance.charge.OverdueSweep;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The overdue sweep acts when the platform clock, moved through the admin endpoint, passes a due date in the tenant's zone. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class OverdueClockTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.FINANCE_EVENTS, "finance");

    @Inject
    OverdueSweep sweep;
    @Inject
    Clock clock;

    @AfterEach
    void realTimeAgain() {
        as("globex-admin").body(Map.of("offset", "PT0S")).put("/api/v1/admin/clock").then().statusCode(200);
    }

    @Test
    void aChargeBecomesOverdueOnceTheMovedClockPassesItsDueDateInTheTenantsZone() throws Throwable {
        LocalDate today = LocalDate.now(clock.withZone(TenantZones.DEFAULT));
        UUID customerId = PLATFORM.customer("globex", null);
        String chargeId = as("globex-csm").body(Map.of("customerId", customerId, "amount", 120.0, "currency", "BRL",
                        "dueDate", today.plusDays(1).toString()))
                .post("/api/v1/charges").then().statusCode(201).extract().path("id");

        VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(clock.instant()));
        as("globex-csm").get("/api/v1/charges/" + chargeId).then().body("status", equalTo("open"));

        as("globex-admin").body(Map.of("offset", "P2D")).put("/api/v1/admin/clock").then().statusCode(200)
                .body("offset", equalTo("PT48H"));
        assertThat(LocalDate.now(clock.withZone(TenantZones.DEFAULT))).isEqualTo(today.plusDays(2));
        int marked = VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(clock.instant()));

        assertThat(marked).isGreaterThanOrEqualTo(1);
        as("globex-csm").get("/api/v1/charges/" + chargeId).then().body("status", equalTo("overdue"));
        assertThat(json(PLATFORM.events("globex", customerId, FinanceMessages.CHARGE_OVERDUE, 1).get(0)))
                .containsEntry("chargeId", chargeId).containsEntry("dueDate", today.plusDays(1).toString());
    }

    @Test
    void theClockEndpointNeedsTheAdminRoleAndNamesTheBadField() {
        as("globex-csm").get("/api/v1/admin/clock").then().statusCode(403);
        as("globex-admin").get("/api/v1/admin/clock").then().statusCode(200)
                .body("adjustable", equalTo(true)).body("offset", equalTo("PT0S"));
        as("globex-admin").body(Map.of("offset", "30 days")).put("/api/v1/admin/clock").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("offset"));
        as("globex-admin").body(Map.of("at", "tomorrow")).put("/api/v1/admin/clock").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        as("globex-admin").body(Map.of("at", "2030-01-15T09:00:00Z")).put("/api/v1/admin/clock").then().statusCode(200)
                .body("now", startsWith("2030-01-15T09:00"));
    }
}
