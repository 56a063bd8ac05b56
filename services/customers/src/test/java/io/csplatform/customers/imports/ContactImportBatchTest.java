package io.csplatform.customers.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.events.EventJson;
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
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.imports.CustomerImportTest.finished;
import static io.csplatform.customers.imports.CustomerImportTest.runImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The set-based contacts import ({@link ContactImportWriter}, {@value ContactImportService#BATCH} rows per batch)
 * applies the API's contact rules in memory: these tests check the outcome in the database and the outbox, and that
 * the batches were written set-based (none refused by the database and applied row by row instead).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ContactImportBatchTest {

    @Inject
    ContactImportService contacts;
    @Inject
    ImportRunner runner;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportService customers;
    @Inject
    Pool pool;

    @Test
    void aNewMainDemotesTheOldOneWithinABatchAndAcrossTheBatchBoundary() throws SQLException {
        String m = run();
        importCustomers(m, "A", "B", "F0", "F1", "F2", "F3", "F4");
        int refused = contacts.refusedBatches();
        StringBuilder csv = new StringBuilder("customerExternalId,name,email,main\n");
        csv.append(row(m, "A", "Ana", "")).append(row(m, "A", "Bruno", "true")).append(row(m, "A", "Carla", ""))
                .append(row(m, "A", "Ana", "true"));
        for (int i = 0; i < ContactImportService.BATCH - 5; i++) {
            csv.append(row(m, "F" + i % 5, "Filler" + i, i % 250 == 0 ? "true" : ""));
        }
        csv.append(row(m, "B", "Dora", "true")); // line 1001: the last row of the first batch
        csv.append(row(m, "B", "Edu", "true")).append(row(m, "B", "Fia", ""));

        JsonPath done = runContacts(csv.toString());

        assertThat(done.getInt("failed")).as(done.prettify()).isZero();
        assertThat(done.getInt("created")).isEqualTo(ContactImportService.BATCH + 1);
        assertThat(done.getInt("updated")).isEqualTo(1);
        assertThat(contacts.refusedBatches()).as("written set-based").isEqualTo(refused);
        try (Connection db = db()) {
            assertThat(mains(db, m, "A")).containsExactly("Ana");
            assertThat(mains(db, m, "B")).as("Edu (batch 2) demoted Dora (batch 1)").containsExactly("Edu");
            for (int f = 0; f < 5; f++) {
                assertThat(mains(db, m, "F" + f)).hasSize(1);
            }
            assertThat(mains(db, m, "F0")).containsExactly("Filler750");
            UUID a = customerId(db, m, "A");
            List<JsonNode> created = events(db, a, "contact.created");
            assertThat(created).extracting(e -> e.get("name").asText() + "=" + e.get("main").asBoolean())
                    // one multi-row insert shares created_at, and ctid follows free space left by the outbox
                    // sweep, not insertion order: the table cannot tell the order back, so only the set is checked
                    .containsExactlyInAnyOrder("Ana=true", "Bruno=true", "Carla=false");
            List<JsonNode> updated = events(db, a, "contact.updated");
            assertThat(updated).hasSize(1);
            assertThat(updated.get(0).at("/changes/main/to").asBoolean()).isTrue();
            assertThat(updated.get(0).at("/changes/main/from").asBoolean()).isFalse();
        }
        as(ACME_ADMIN).get("/api/v1/customers/" + customerIdOf(m, "B") + "/contacts").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains("Edu", "Dora", "Fia"))
                .body("items.main", org.hamcrest.Matchers.contains(true, false, false));
    }

    @Test
    void aRowErrorInTheMiddleOfABatchNamesRowAndFieldAndLeavesTheOtherRowsApplied() throws SQLException {
        String m = run();
        importCustomers(m, "E");
        String type = "Compras " + m;
        as(ACME_ADMIN).body(Map.of("name", type)).post("/api/v1/contact-types").then().statusCode(201);
        int refused = contacts.refusedBatches();
        String e = "E-" + m;
        JsonPath done = runContacts("""
                customerExternalId,name,email,types,main
                %1$s,Ana,ana@e.example.com,,
                %1$s,Bia,bia@e.example.com,%2$s,
                %1$s,Caio,not-an-email,,
                %1$s,Duda,duda@e.example.com,Nenhum,
                %1$s,Ana,ana@e.example.com,,false
                %1$s,Eli,eli@e.example.com,,true
                """.formatted(e, type));

        assertThat(done.getInt("processed")).isEqualTo(6);
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(done.getInt("failed")).isEqualTo(3);
        assertThat(done.getList("errors.row", Integer.class)).containsExactly(4, 5, 6);
        assertThat(done.getList("errors.field", String.class)).containsExactly("email", "types[0]", "");
        assertThat(done.getString("errors[2].message")).contains("main contact");
        assertThat(contacts.refusedBatches()).isEqualTo(refused);
        try (Connection db = db()) {
            assertThat(names(db, m, "E")).containsExactlyInAnyOrder("Ana", "Bia", "Eli");
            assertThat(mains(db, m, "E")).containsExactly("Eli");
            assertThat(events(db, customerId(db, m, "E"), "contact.created")).hasSize(3);
        }
    }

    @Test
    void reimportingAFileChangesNothingAndPublishesNothingAndEachChangePublishesWhatTheApiDoes() throws SQLException {
        String m = run();
        importCustomers(m, "R", "S", "T");
        String type = "Suporte " + m;
        String score = "score_" + m;
        as(ACME_ADMIN).body(Map.of("name", type)).post("/api/v1/contact-types").then().statusCode(201);
        as(ACME_ADMIN).body(Map.of("key", score, "type", "number", "entity", "CONTACT"))
                .post("/api/v1/customer-attributes").then().statusCode(201);
        int refused = contacts.refusedBatches();
        String csv = "customerExternalId,name,email,phone,types,keyUser,main,attributes." + score + "\n"
                + "R-" + m + ",Rui,rui@r.example.com,+55 11 1,SUPORTE " + m.toUpperCase() + ",true,,8\n"
                + "R-" + m + ",Rita,rita@r.example.com,,,,true,\n"
                + "R-" + m + ",Rafa,,,,,,\n"
                + "S-" + m + ",Sara,sara@s.example.com,,,,,2.5\n";

        JsonPath first = runContacts(csv);
        assertThat(first.getInt("created")).isEqualTo(4);
        int outbox;
        try (Connection db = db()) {
            outbox = outboxRows(db, m);
            assertThat(outbox).as("one contact.created per contact").isEqualTo(4);
            JsonNode rui = events(db, customerId(db, m, "R"), "contact.created").get(0);
            assertThat(rui.get("types").get(0).asText()).as("the tenant's spelling").isEqualTo(type);
            assertThat(rui.get("attributes").get(score).decimalValue()).isEqualByComparingTo("8");
        }

        JsonPath again = runContacts(csv);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(4);
        try (Connection db = db()) {
            assertThat(outboxRows(db, m)).as("no event for an unchanged row").isEqualTo(outbox);
            assertThat(names(db, m, "R")).hasSize(3);
        }

        JsonPath changed = runContacts("customerExternalId,name,email,phone,attributes." + score + "\n"
                + "R-" + m + ",Rui,RUI@r.example.com,+55 11 2,8\n"
                + "R-" + m + ",Rafa Souza,,,\n"
                + "S-" + m + ",Sara,sara@s.example.com,,3\n");
        assertThat(changed.getInt("updated")).isEqualTo(2);
        assertThat(changed.getInt("created")).as("without e-mail the name matches: a new name is a new contact")
                .isEqualTo(1);
        try (Connection db = db()) {
            assertThat(outboxRows(db, m)).isEqualTo(outbox + 3);
            JsonNode rui = events(db, customerId(db, m, "R"), "contact.updated").get(0);
            assertThat(rui.get("changes").fieldNames()).as("the e-mail matched ignoring case, takes the file's spelling")
                    .toIterable().containsExactly("email", "phone");
            JsonNode sara = events(db, customerId(db, m, "S"), "contact.updated").get(0);
            assertThat(sara.get("changes").fieldNames()).toIterable().containsExactly("attributes." + score);
        }

        // the same contact through the API publishes the same contact.created, ids aside
        String t = customerIdOf(m, "T");
        as(ACME_ADMIN).body(Map.of("name", "Sara", "email", "sara@s.example.com", "attributes", Map.of(score, 2.5)))
                .post("/api/v1/customers/" + t + "/contacts").then().statusCode(201);
        try (Connection db = db()) {
            ObjectNode api = (ObjectNode) events(db, UUID.fromString(t), "contact.created").get(0);
            ObjectNode imported = (ObjectNode) events(db, customerId(db, m, "S"), "contact.created").get(0);
            for (ObjectNode payload : List.of(api, imported)) {
                payload.remove(List.of("customerId", "contactId"));
            }
            assertThat(imported).isEqualTo(api);
        }
        assertThat(contacts.refusedBatches()).isEqualTo(refused);
    }

    @Test
    void aContactsJobWhoseWorkerDiedIsResumedFromItsCheckpointEveryRowImportedOnce() throws SQLException {
        String m = run();
        int customersCount = 1500;
        StringBuilder customerCsv = new StringBuilder("externalId,name\n");
        for (int i = 0; i < customersCount; i++) {
            customerCsv.append("D").append(i).append('-').append(m).append(",Durable ").append(i).append('\n');
        }
        assertThat(runImport(customerCsv.toString()).getInt("created")).isEqualTo(customersCount);
        int rows = 3 * customersCount;
        StringBuilder csv = new StringBuilder("customerExternalId,name,email,main\n");
        List<Integer> badLines = new ArrayList<>();
        java.util.Set<Integer> withContacts = new java.util.HashSet<>();
        for (int i = 0; i < rows; i++) {
            boolean bad = i % 100 == 7;
            if (!bad) {
                withContacts.add(i % customersCount);
            }
            csv.append("D").append(i % customersCount).append('-').append(m).append(",Pessoa ").append(i).append(',')
                    .append(bad ? "bad-email" : "p" + i + "@d.example.com").append(',').append(i >= customersCount)
                    .append('\n');
            if (bad) {
                badLines.add(i + 2);
            }
        }
        int good = rows - badLines.size();

        UUID id;
        runner.stopAfterBatches(2);
        try {
            id = UUID.fromString(as(ACME_ADMIN).contentType("text/csv").body(csv.toString())
                    .post("/api/v1/imports/contacts").then().statusCode(202).extract().path("id"));
            await().atMost(Duration.ofSeconds(120)).until(() -> runner.stoppedWithoutFinishing(id));
        } finally {
            runner.stopAfterBatches(0);
        }
        try (Connection db = db()) {
            assertThat(single(db, "select checkpoint_line from import_job where id = '" + id + "'"))
                    .isEqualTo(2 * ContactImportService.BATCH + 1);
            assertThat(contactsOf(db, m)).isLessThan(good);
            db.createStatement().executeUpdate("update import_job set lease_until = now() - interval '1 second'"
                    + " where id = '" + id + "'");
        }
        ImportRunner replica = new ImportRunner(List.of(customers, contacts), jobs, pool, "replica-c");
        assertThat(replica.resumeExpired(10)).isEqualTo(1);

        JsonPath done = finished("/api/v1/imports/" + id);
        assertThat(done.getInt("processed")).isEqualTo(rows);
        assertThat(done.getInt("created")).isEqualTo(good);
        assertThat(done.getInt("updated") + done.getInt("unchanged")).isZero();
        assertThat(done.getList("errors.row", Integer.class)).isEqualTo(badLines);
        try (Connection db = db()) {
            assertThat(contactsOf(db, m)).isEqualTo(good);
            assertThat(single(db, "select count(*) from outbox o where o.type = 'contact.created' and o.aggregateid in"
                    + " (select tenant_id || ':' || id from customer where external_id like 'D%-" + m + "')"))
                    .as("one contact.created per contact").isEqualTo(good);
            assertThat(single(db, "select count(*) from (select customer_id from contact c join customer u"
                    + " on u.id = c.customer_id where u.external_id like 'D%-" + m + "' and c.main"
                    + " group by customer_id) mains")).as("every customer with contacts has one main contact").isEqualTo(withContacts.size());
        }
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String row(String m, String customer, String name, String main) {
        return customer + "-" + m + "," + name + "," + name.toLowerCase() + "@" + customer.toLowerCase() + "-" + m
                + ".example.com," + main + "\n";
    }

    private static void importCustomers(String m, String... keys) {
        StringBuilder csv = new StringBuilder("externalId,name\n");
        for (String key : keys) {
            csv.append(key).append('-').append(m).append(",Cliente ").append(key).append(' ').append(m).append('\n');
        }
        assertThat(runImport(csv.toString()).getInt("created")).isEqualTo(keys.length);
    }

    private static JsonPath runContacts(String csv) {
        String location = as(ACME_ADMIN).contentType("text/csv").body(csv).post("/api/v1/imports/contacts")
                .then().statusCode(202).extract().header("Location");
        return finished(location.substring(location.indexOf("/api/")));
    }

    private static String customerIdOf(String m, String key) throws SQLException {
        try (Connection db = db()) {
            return customerId(db, m, key).toString();
        }
    }

    private static UUID customerId(Connection db, String m, String key) throws SQLException {
        try (var result = db.createStatement().executeQuery("select id from customer where tenant_id = 'acme'"
                + " and external_id = '" + key + "-" + m + "'")) {
            assertThat(result.next()).as("customer " + key).isTrue();
            return UUID.fromString(result.getString(1));
        }
    }

    private static List<String> mains(Connection db, String m, String key) throws SQLException {
        return strings(db, "select name from contact where main and customer_id = '" + customerId(db, m, key) + "'");
    }

    private static List<String> names(Connection db, String m, String key) throws SQLException {
        return strings(db, "select name from contact where customer_id = '" + customerId(db, m, key) + "'");
    }

    /** The payloads of the customer's events of that type, in the order they were written. */
    private static List<JsonNode> events(Connection db, UUID customerId, String type) throws SQLException {
        List<JsonNode> found = new ArrayList<>();
        for (String payload : strings(db, "select cast(payload as text) from outbox where type = '" + type
                + "' and aggregateid = 'acme:" + customerId + "' order by created_at, ctid")) {
            try {
                found.add(EventJson.MAPPER.readTree(payload));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private static int outboxRows(Connection db, String m) throws SQLException {
        return single(db, "select count(*) from outbox where type like 'contact.%' and aggregateid in"
                + " (select tenant_id || ':' || id from customer where external_id like '%-" + m + "')");
    }

    private static int contactsOf(Connection db, String m) throws SQLException {
        return single(db, "select count(*) from contact c join customer u on u.id = c.customer_id"
                + " where u.external_id like 'D%-" + m + "'");
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var result = db.createStatement().executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
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
