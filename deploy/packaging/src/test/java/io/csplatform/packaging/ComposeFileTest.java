package io.csplatform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml (no Docker engine here: parsed, with compose's YAML merge keys) held against the services'
 * own configuration. The negative tests change the parsed file and show that the checks name what is wrong.
 */
class ComposeFileTest {

    private static final List<ServiceSettings> SERVICES = ServiceSettings.all();
    private static final String VERSION = Repository.projectVersion();

    static Map<String, Object> compose() {
        return new Yaml().load(Repository.read("docker-compose.yml"));
    }

    @Test
    void everyServiceIsThereWithItsPortImageHealthCheckStartOrderAndEverySettingItNeeds() {
        assertThat(SERVICES).extracting(ServiceSettings::name).hasSize(10)
                .contains("customers", "tickets", "health-score", "actions");
        assertThat(ComposeChecks.problems(compose(), SERVICES, VERSION)).isEmpty();
    }

    @Test
    void infrastructureRunsAtTheVersionsTheBuildUses() {
        assertThat(ComposeChecks.infrastructureProblems(compose(), Repository.rootPomProperty("kafka.version"),
                Repository.rootPomProperty("keycloak.version"))).isEmpty();
        String connectDockerfile = Repository.read("deploy/debezium/Dockerfile");
        assertThat(connectDockerfile).as("Kafka Connect image: Debezium at the build's version")
                .contains("FROM quay.io/debezium/connect:" + Repository.rootPomProperty("debezium.version") + "\n")
                .contains("libs/relay/target/cs-relay.jar");
    }

    @Test
    void theServicesStartAfterTheConnectorRunsAndCustomersFirst() {
        Map<String, Object> services = ComposeChecks.map(compose().get("services"));
        for (ServiceSettings service : SERVICES) {
            Map<String, Object> dependsOn = ComposeChecks.map(ComposeChecks.map(services.get(service.name())).get("depends_on"));
            assertThat(ComposeChecks.map(dependsOn.get("connect-register")).get("condition")).as(service.name())
                    .isEqualTo("service_completed_successfully");
            if (!service.name().equals("customers")) {
                assertThat(ComposeChecks.map(dependsOn.get("customers")).get("condition")).as(service.name())
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void whatAServiceNeedsIsDerivedFromTheLauncherItsPropertiesAndItsCode() {
        assertThat(ServiceSettings.launcherSettings()).contains("quarkus.datasource.reactive.url",
                "kafka.bootstrap.servers", "quarkus.oidc.auth-server-url", "quarkus.mailer.host");
        assertThat(ServiceSettings.of("contracts").requiredEnv()).containsKeys("QUARKUS_DATASOURCE_REACTIVE_URL",
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_MAILER_HOST", "CS_CUSTOMERS_URL");
        assertThat(ServiceSettings.of("surveys").requiredEnv()).containsKeys("SURVEYS_TOKEN_SECRET", "SURVEYS_PUBLIC_URL");
        assertThat(ServiceSettings.of("actions").requiredEnv()).containsKey("CS_USERS_CLIENT_SECRET");
        assertThat(ServiceSettings.of("customers").requiredEnv()).doesNotContainKey("CS_CUSTOMERS_URL");
        assertThat(ServiceSettings.of("health-score").schema()).isEqualTo("healthscore");
        assertThat(ServiceSettings.env("quarkus.datasource.reactive.url")).isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
    }

    @Test
    void aServiceLeftOutIsNamed() {
        Map<String, Object> compose = compose();
        ComposeChecks.map(compose.get("services")).remove("tickets");
        assertThat(ComposeChecks.problems(compose, SERVICES, VERSION))
                .contains("service tickets is missing from docker-compose.yml");
    }

    @Test
    void aMissingOrLocalSettingIsNamedWithItsService() {
        Map<String, Object> compose = compose();
        Map<String, Object> contracts = ComposeChecks.map(ComposeChecks.map(compose.get("services")).get("contracts"));
        ComposeChecks.map(contracts.get("environment")).remove("KAFKA_BOOTSTRAP_SERVERS");
        ComposeChecks.map(contracts.get("environment")).put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:18080/realms/cs-platform");
        Map<String, Object> surveys = ComposeChecks.map(ComposeChecks.map(compose.get("services")).get("surveys"));
        ComposeChecks.map(surveys.get("environment")).remove("SURVEYS_TOKEN_SECRET");
        assertThat(ComposeChecks.problems(compose, SERVICES, VERSION))
                .anyMatch(p -> p.startsWith("contracts: environment variable KAFKA_BOOTSTRAP_SERVERS is not set"))
                .anyMatch(p -> p.startsWith("contracts: QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost"))
                .anyMatch(p -> p.startsWith("surveys: environment variable SURVEYS_TOKEN_SECRET is not set"))
                .hasSize(3);
    }

    @Test
    void aSharedPortALatestTagAndAMissingHealthCheckAreNamed() {
        Map<String, Object> compose = compose();
        Map<String, Object> services = ComposeChecks.map(compose.get("services"));
        ComposeChecks.map(services.get("finance")).put("ports", List.of("8081:8086"));
        ComposeChecks.map(services.get("postgres")).put("image", "postgres:latest");
        ComposeChecks.map(services.get("journeys")).remove("healthcheck");
        assertThat(ComposeChecks.problems(compose, SERVICES, VERSION))
                .anyMatch(p -> p.matches("(finance|customers): host port 8081 is also published by (finance|customers)"))
                .contains("finance: must publish its port 8086 (application.properties), has [8081:8086]")
                .contains("postgres: image postgres:latest has no pinned tag")
                .contains("journeys: no health check")
                .anyMatch(p -> p.startsWith("journeys: health check must ask /q/health"));
    }

    @Test
    void infrastructureChangesAreNamed() {
        Map<String, Object> compose = compose();
        Map<String, Object> services = ComposeChecks.map(compose.get("services"));
        ComposeChecks.map(services.get("postgres")).put("command", List.of("postgres"));
        ComposeChecks.map(services.get("kafka")).put("image", "apache/kafka:3.9.0");
        assertThat(ComposeChecks.infrastructureProblems(compose, "4.3.0", Repository.rootPomProperty("keycloak.version")))
                .containsExactlyInAnyOrder(
                        "postgres: must run with wal_level=logical (the outbox connector reads the WAL)",
                        "kafka: image must be apache/kafka:4.3.0, is apache/kafka:3.9.0");
    }
}
