package io.csplatform.customers.imports;

import io.csplatform.testing.BenchKafka;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not part of the suite (the name does not end in Test): imports {@code bench.rows} (default 100 000) generated
 * customers into the real dev stack and prints the wall time. Run by hand, see bench/customers-import/README.md:
 * {@code ./mvnw verify -pl services/customers -am -Dtest=CustomerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerImportBenchmark {

    @Test
    void importsAHundredThousandRows() throws IOException {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path csv = generate(rows);

        long start = System.nanoTime();
        String location = as(ACME_ADMIN).contentType("text/csv").body(csv.toFile()).post("/api/v1/imports/customers")
                .then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> !java.util.List.of("QUEUED", "RUNNING")
                .contains(as(ACME_ADMIN).get(path).then().extract().<String>path("status")));
        double seconds = (System.nanoTime() - start) / 1e9;

        JsonPath result = as(ACME_ADMIN).get(path).then().extract().jsonPath();
        System.out.printf("BENCH customers-import: %d rows in %.1f s (%.0f rows/s): created=%d failed=%d%n",
                rows, seconds, rows / seconds, result.getInt("created"), result.getInt("failed"));
        assertThat(result.getInt("created")).isEqualTo(rows);
        printRawKafka();
        Files.delete(csv);
    }

    /** Contacts go through the contact rules one row at a time (customers in parallel): reported separately. */
    @Test
    void importsContacts() throws IOException {
        int customers = Integer.getInteger("bench.contactCustomers", 10_000);
        Path csv = generate(customers);
        String run = Files.readAllLines(csv).get(1).split(",")[0].replaceAll("-0$", "");
        assertThat(finished(as(ACME_ADMIN).contentType("text/csv").body(csv.toFile()).post("/api/v1/imports/customers")
                .then().statusCode(202).extract().header("Location")).getInt("created")).isEqualTo(customers);
        Path contacts = Files.createTempFile("bench-contacts-", ".csv");
        try (Writer out = Files.newBufferedWriter(contacts)) {
            out.write("customerExternalId,name,email,phone,keyUser\n");
            for (int i = 0; i < customers; i++) {
                for (int c = 0; c < 2; c++) {
                    out.write(run + "-" + i + ",Pessoa " + i + "-" + c + ",p" + c + "@cliente" + i + ".example.com,+55 11 9"
                            + (10_000_000 + i) + "," + (c == 0) + "\n");
                }
            }
        }

        long start = System.nanoTime();
        JsonPath result = finished(as(ACME_ADMIN).contentType("text/csv").body(contacts.toFile())
                .post("/api/v1/imports/contacts").then().statusCode(202).extract().header("Location"));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("BENCH contacts-import: %d rows in %.1f s (%.0f rows/s): created=%d updated=%d failed=%d%n",
                2 * customers, seconds, 2 * customers / seconds, result.getInt("created"), result.getInt("updated"),
                result.getInt("failed"));
        assertThat(result.getInt("created") + result.getInt("updated")).isEqualTo(2 * customers);
        printRawKafka();
        Files.delete(csv);
        Files.delete(contacts);
    }

    private static JsonPath finished(String location) {
        String path = location.substring(location.indexOf("/api/"));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).until(() -> !java.util.List.of("QUEUED", "RUNNING")
                .contains(as(ACME_ADMIN).get(path).then().extract().<String>path("status")));
        return as(ACME_ADMIN).get(path).then().extract().jsonPath();
    }

    /** Rows like an ERP export: external id, name, status, plan, two tags, a segment, a start date and a main contact. */
    static Path generate(int rows) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("bench-customers-", ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("externalId,name,status,plan,tags,segments,startDate,contactName,contactEmail\n");
            for (int i = 0; i < rows; i++) {
                out.write("BENCH-" + run + "-" + i + ",\"Cliente " + i + ", Ltda\"," + (i % 7 == 0 ? "onboarding" : "active")
                        + ",Plano " + (i % 3) + ",bench|lote-" + (i % 10) + ",SMB,2026-01-" + (10 + i % 18)
                        + ",Contato " + i + ",contato" + i + "@cliente" + i + ".example.com\n");
            }
        }
        return file;
    }

    /** Raw Kafka on the same broker, right after the import: the machine's figure the import is read beside. */
    private static void printRawKafka() {
        String bootstrap = ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class);
        double[] raw = BenchKafka.throughput(bootstrap, "bench.raw.import", 200_000,
                "x".repeat(300), Map.of());
        System.out.printf("BENCH raw Kafka, same run: produce %.0f / consume %.0f records/s (200,000 x 300 B)%n",
                raw[0], raw[1]);
    }
}
