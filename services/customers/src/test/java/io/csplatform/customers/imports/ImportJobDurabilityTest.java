package io.csplatform.customers.imports;

import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.SharedDevStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.imports.CustomerImportTest.finished;
import static io.csplatform.customers.imports.CustomerImportTest.runImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Import jobs live in the database: a job whose worker died is resumed by another instance from its checkpoint, and
 * any instance answers a job's progress. The scheduled sweep is off in tests; the resuming "replica" is an
 * {@link ImportRunner} the test builds with an instance id of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ImportJobDurabilityTest {

    private static final int ROWS = 4500;

    @Inject
    ImportRunner runner;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportService customers;
    @Inject
    ContactImportService contacts;
    @Inject
    Pool pool;

    @Test
    void aJobWhoseWorkerDiedIsResumedByAnotherInstanceFromItsCheckpointEveryRowImportedOnce() throws SQLException {
        String m = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("externalId,name\n");
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            boolean bad = i % 100 == 7;
            csv.append("RS-").append(m).append('-').append(i).append(',').append(bad ? "" : "Resumed " + i).append('\n');
            if (bad) {
                badLines.add(i + 2);
            }
        }
        int good = ROWS - badLines.size();

        UUID id;
        runner.stopAfterBatches(2);
        try {
            id = UUID.fromString(as(ACME_ADMIN).contentType("text/csv").body(csv.toString())
                    .post("/api/v1/imports/customers").then().statusCode(202).extract().path("id"));
            await().atMost(Duration.ofSeconds(60)).until(() -> runner.stoppedWithoutFinishing(id));
        } finally {
            runner.stopAfterBatches(0);
        }

        try (Connection db = db()) {
            var died = job(db, id);
            assertThat(died.status()).isEqualTo("RUNNING");
            assertThat(died.checkpointLine()).isBetween(2L, (long) ROWS);
            assertThat(died.processed()).isEqualTo(died.checkpointLine() - 1);
            assertThat(died.created()).isEqualTo(count(db, m)).isLessThan(good);
            assertThat(uploadChunks(db, id)).isPositive();
        }
        ImportRunner replica = new ImportRunner(List.of(customers, contacts), jobs, pool, "replica-b");
        assertThat(replica.resumeExpired(10)).as("the dead worker's lease has not expired yet").isZero();

        try (Connection db = db()) {
            db.createStatement().executeUpdate("update import_job set lease_until = now() - interval '1 second'"
                    + " where id = '" + id + "'");
        }
        assertThat(replica.resumeExpired(10)).isEqualTo(1);

        JsonPath done = finished("/api/v1/imports/" + id);
        assertThat(done.getInt("processed")).isEqualTo(ROWS);
        assertThat(done.getInt("created")).isEqualTo(good);
        assertThat(done.getInt("unchanged")).isZero();
        assertThat(done.getInt("failed")).isEqualTo(badLines.size());
        assertThat(done.getList("errors.row", Integer.class)).isEqualTo(badLines);
        try (Connection db = db()) {
            assertThat(count(db, m)).isEqualTo(good);
            assertThat(createdEvents(db, m)).as("one customer.created per row").isEqualTo(good);
            assertThat(uploadChunks(db, id)).as("the upload goes when the job ends").isZero();
            assertThat(job(db, id).status()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void anyInstanceAnswersAJobFromTheTableWhicheverInstanceRanIt() throws SQLException {
        String m = UUID.randomUUID().toString().substring(0, 8);
        JsonPath ran = runImport("externalId,name\nV-" + m + ",Visible " + m + "\nW-" + m + ",\n");
        UUID ranId = UUID.fromString(ran.getString("id"));
        ImportJob.View read = new ImportJobQueries(pool).view("acme", ranId).await().indefinitely();
        assertThat(read.created()).isEqualTo(1);
        assertThat(read.failed()).isEqualTo(1);
        assertThat(read.errors()).containsExactly(new ImportJob.RowError(3, "name", "is required"));

        UUID elsewhere = UUID.randomUUID();
        try (Connection db = db()) {
            db.createStatement().executeUpdate("""
                    insert into import_job (id, tenant_id, kind, status, processed, created, updated, unchanged, failed,
                      checkpoint_line, created_at, started_at, lease_owner, lease_until)
                    values ('%s', 'acme', 'contacts', 'RUNNING', 700, 640, 10, 0, 50, 701, now(), now(), 'replica-b',
                      now() + interval '1 hour')""".formatted(elsewhere));
            db.createStatement().executeUpdate("insert into import_job_error (job_id, tenant_id, row_number, field,"
                    + " message) values ('" + elsewhere + "', 'acme', 12, 'email', 'must be a well-formed e-mail address')");
        }
        as(ACME_ADMIN).get("/api/v1/imports/" + elsewhere).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("kind", equalTo("contacts"))
                .body("processed", equalTo(700)).body("created", equalTo(640)).body("failed", equalTo(50))
                .body("errors[0].row", equalTo(12)).body("errors[0].field", equalTo("email"));
    }

    @Test
    void anotherTenantsJobOrAnUnknownIdIsNotFound() {
        String id = runImport("externalId,name\nT-" + UUID.randomUUID() + ",Sealed\n").getString("id");
        as(ACME_ADMIN).get("/api/v1/imports/" + id).then().statusCode(200);
        as(GLOBEX_ADMIN).get("/api/v1/imports/" + id).then().statusCode(404);
        as(ACME_ADMIN).get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    private record Job(String status, int processed, int created, long checkpointLine) {
    }

    private static Job job(Connection db, UUID id) throws SQLException {
        try (var result = db.createStatement().executeQuery("select status, processed, created, checkpoint_line"
                + " from import_job where id = '" + id + "'")) {
            assertThat(result.next()).as("job row " + id).isTrue();
            return new Job(result.getString(1), result.getInt(2), result.getInt(3), result.getLong(4));
        }
    }

    private static int count(Connection db, String run) throws SQLException {
        return single(db, "select count(*) from customer where external_id like 'RS-" + run + "-%'");
    }

    private static int createdEvents(Connection db, String run) throws SQLException {
        return single(db, "select count(*) from outbox o join customer c on o.aggregateid = c.tenant_id || ':' || c.id"
                + " where o.type = 'customer.created' and c.external_id like 'RS-" + run + "-%'");
    }

    private static int uploadChunks(Connection db, UUID id) throws SQLException {
        return single(db, "select count(*) from import_upload where job_id = '" + id + "'");
    }

    private static int single(Connection db, String sql) throws SQLException {
        try (var result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection db() throws SQLException {
        var stack = SharedDevStack.get();
        return DriverManager.getConnection(stack.jdbcUrl("customers"), stack.postgresUser(), stack.postgresPassword());
    }
}
