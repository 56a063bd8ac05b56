package io.csplatform.e2e;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's published REST interface is committed as {@code contracts/openapi/<service>.yaml}: the document
 * each service's build writes ({@code target/openapi/openapi.yaml}, quarkus.smallrye-openapi.store-schema-directory)
 * must equal it, so a change of the code that changes the interface also changes the committed document (review it).
 * {@code -Dopenapi.update=true} writes the generated documents over the committed ones.
 */
class OpenApiDocumentsTest {

    static final List<String> SERVICES = List.of("customers", "contracts", "journeys", "tickets", "tracking", "finance",
            "surveys", "health-score", "playbook-runtime", "actions");

    @TestFactory
    Stream<DynamicTest> theCommittedOpenApiDocumentOfEveryServiceIsTheOneItsCodeGenerates() {
        Path home = Path.of(System.getProperty("cs.home", "..")).toAbsolutePath().normalize();
        boolean update = Boolean.getBoolean("openapi.update");
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            Path generated = home.resolve("services").resolve(service).resolve("target/openapi/openapi.yaml");
            Path committed = home.resolve("contracts/openapi").resolve(service + ".yaml");
            assertThat(generated).as("build services/%s first (mvn package)", service).exists();
            if (update) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, normalised(generated) + "\n");
            }
            assertThat(committed).as("contracts/openapi/%s.yaml (run with -Dopenapi.update=true)", service).exists();
            assertThat(normalised(generated))
                    .as("contracts/openapi/%s.yaml drifted from the code; run with -Dopenapi.update=true and review", service)
                    .isEqualTo(normalised(committed));
        }));
    }

    /** Line endings and trailing spaces do not count. */
    static String normalised(Path document) {
        try {
            return Files.readString(document).lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
