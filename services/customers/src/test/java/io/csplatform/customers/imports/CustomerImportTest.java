package io.csplatform.customers.imports;

import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerImportTest {

    @Inject
    Pool pool;

    /** The batch lookup relies on it: a generic plan made the 100k import quadratic (bench/customers-import). */
    @Test
    void everyStatementIsPlannedWithItsValues() {
        assertThat(pool.query("show plan_cache_mode").execute().await().indefinitely().iterator().next().getString(0))
                .isEqualTo("force_custom_plan");
    }

    @Test
    void goodRowsAreImportedBadRowsAreReportedAndAReimportChangesNothing() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                externalId,name,status,tags,startDate,contactName,contactEmail
                A-%1$s,"Alpha, Ltda %1$s",onboarding,"vip|smb ""gold"", \\a",2026-01-01,Ana,ana@alpha.example.com
                B-%1$s,Bravo %1$s,,,,,
                C-%1$s,Charlie %1$s,sleeping,,,,
                D-%1$s,Delta %1$s,,,01/02/2026,,
                E-%1$s,,,,,,
                F-%1$s,Foxtrot %1$s,,,,Fabio,not-an-email
                """.formatted(m);

        JsonPath first = runImport(csv);
        assertThat(first.getInt("created")).isEqualTo(2);
        assertThat(first.getInt("failed")).isEqualTo(4);
        assertThat(first.getList("errors.row", Integer.class)).containsExactly(4, 5, 6, 7);
        assertThat(first.getList("errors.field", String.class)).containsExactly("status", "startDate", "name", "contactEmail");
        String alpha = as(ACME_ADMIN).queryParam("q", "A-" + m).get("/api/v1/customers").then().statusCode(200)
                .body("items[0].name", equalTo("Alpha, Ltda " + m)).body("items[0].tags", equalTo(List.of("vip", "smb \"gold\", \\a")))
                .body("items[0].status", equalTo("onboarding")).extract().path("items[0].id");
        as(ACME_ADMIN).get("/api/v1/customers/" + alpha).then().body("mainContact.email", equalTo("ana@alpha.example.com"));
        var alphaCreated = json(event(CustomerMessages.CUSTOMER_CREATED, alpha));
        assertThat(alphaCreated.get("mainContact").get("name").asText()).isEqualTo("Ana");
        assertThat(alphaCreated.get("startDate").asText()).isEqualTo("2026-01-01");
        assertThat(alphaCreated.get("tags").get(0).asText()).isEqualTo("vip");

        JsonPath again = runImport(csv);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);

        JsonPath renamed = runImport("externalId,name\nA-" + m + ",Alpha Renamed " + m + "\n");
        assertThat(renamed.getInt("updated")).isEqualTo(1);
        assertThat(json(event(CustomerMessages.CUSTOMER_UPDATED, alpha)).get("changes").get("name").get("to").asText())
                .isEqualTo("Alpha Renamed " + m);
    }

    @Test
    void batchesWrittenConcurrentlyStillApplyARepeatedExternalIdInFileOrder() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("externalId,name,tags\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("R-").append(m).append('-').append(i).append(",Row ").append(i).append(",t").append(i % 3).append('\n');
        }
        csv.append("R-").append(m).append("-0,Row 0 again,\n");
        csv.append("R-").append(m).append("-2499,Row 2499 again,\n");

        JsonPath result = runImport(csv.toString());

        assertThat(result.getInt("created")).isEqualTo(2500);
        assertThat(result.getInt("updated")).isEqualTo(2);
        assertThat(result.getInt("failed")).isZero();
        as(ACME_ADMIN).queryParam("q", "R-" + m + "-0").get("/api/v1/customers").then().statusCode(200)
                .body("items.find { it.externalId == 'R-%s-0' }.name".formatted(m), equalTo("Row 0 again"));
        as(ACME_ADMIN).queryParam("q", "R-" + m + "-2499").get("/api/v1/customers").then().statusCode(200)
                .body("items[0].name", equalTo("Row 2499 again")).body("items[0].tags", equalTo(List.of("t0")));
    }

    @Test
    void anUnknownColumnIsRefusedUpFrontNamingIt() {
        as(ACME_ADMIN).contentType("text/csv").body("externalId,name,colour\n1,a,red\n").post("/api/v1/imports/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void onlyAdminsImportAndAnotherTenantCannotSeeTheProgress() {
        as(ACME_CSM).contentType("text/csv").body("externalId,name\n").post("/api/v1/imports/customers")
                .then().statusCode(403);
        String id = as(ACME_ADMIN).contentType("text/csv").body("externalId,name\n").post("/api/v1/imports/customers")
                .then().statusCode(202).extract().path("id");
        as(GLOBEX_ADMIN).get("/api/v1/imports/" + id).then().statusCode(404);
    }

    static JsonPath runImport(String csv) {
        String location = as(ACME_ADMIN).contentType("text/csv").body(csv).post("/api/v1/imports/customers")
                .then().statusCode(202).extract().header("Location");
        return finished(location.substring(location.indexOf("/api/")));
    }

    /** Waits for the import at {@code path} to end and returns its progress, which must say COMPLETED. */
    static JsonPath finished(String path) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("QUEUED", "RUNNING").contains(
                as(ACME_ADMIN).get(path).then().statusCode(200).extract().<String>path("status")));
        return as(ACME_ADMIN).get(path).then().statusCode(200).body("status", equalTo("COMPLETED")).extract().jsonPath();
    }
}
