package io.csplatform.testing;

import io.csplatform.devstack.DevStackConfig;
import io.csplatform.devstack.KafkaBroker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The containers mode runs what docker-compose.yml runs: same images, same broker security. */
class ContainerInfrastructureTest {

    private static final Path COMPOSE = DevStackConfig.homeFromSystemProperty().resolve("docker-compose.yml");

    @Test
    void imagesAreTheComposeFilesImages() throws IOException {
        String compose = Files.readString(COMPOSE);
        assertThat(image(compose, "kafka")).isEqualTo(ContainerInfrastructure.KAFKA_IMAGE);
        assertThat(image(compose, "postgres")).isEqualTo(ContainerInfrastructure.POSTGRES_IMAGE);
        assertThat(image(compose, "keycloak")).isEqualTo(ContainerInfrastructure.KEYCLOAK_IMAGE);
    }

    @Test
    void kafkaEnvironmentSpellsSettingsAsTheImageReadsThem() {
        Map<String, String> env = ContainerInfrastructure.kafkaEnvironment(Map.of(
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", "x",
                "node.id", "1"));
        assertThat(env).containsOnly(
                Map.entry("KAFKA_LISTENER_NAME_SASL__PLAINTEXT_SCRAM___SHA___256_SASL_JAAS_CONFIG", "x"),
                Map.entry("KAFKA_NODE_ID", "1"));
    }

    @Test
    void brokerSecurityInContainersIsTheComposeFilesSecurity() throws IOException {
        Map<String, String> compose = kafkaEnvironmentOfCompose(Files.readString(COMPOSE));
        Map<String, String> ours = ContainerInfrastructure.kafkaEnvironment(
                KafkaBroker.settings("0.0.0.0", 19092, ContainerInfrastructure.KAFKA_CONTROLLER_PORT));
        for (String name : new String[] {"KAFKA_SASL_ENABLED_MECHANISMS", "KAFKA_AUTHORIZER_CLASS_NAME",
                "KAFKA_SUPER_USERS", "KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL",
                "KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS",
                "KAFKA_NUM_PARTITIONS"}) {
            assertThat(ours.get(name)).as(name).isNotNull().isEqualTo(compose.get(name));
        }
        assertThat(ours.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).doesNotContain("PLAINTEXT:PLAINTEXT");
        assertThat(ours.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("SASL_PLAINTEXT://localhost:19092");
        assertThat(ours.get("KAFKA_LISTENERS")).contains("SASL_PLAINTEXT://0.0.0.0:19092", "CONTROLLER://0.0.0.0:9093");
    }

    private static String image(String compose, String service) {
        Matcher matcher = Pattern.compile("(?m)^  " + service + ":\\n    image: (\\S+)").matcher(compose);
        assertThat(matcher.find()).as("service " + service + " in " + COMPOSE).isTrue();
        return matcher.group(1);
    }

    /** The kafka service's environment block, plain values only (the lines this test compares). */
    private static Map<String, String> kafkaEnvironmentOfCompose(String compose) {
        int start = compose.indexOf("\n  kafka:\n");
        int env = compose.indexOf("    environment:\n", start);
        int end = compose.indexOf("\n    healthcheck:", env);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : compose.substring(env, end).split("\n")) {
            Matcher matcher = Pattern.compile("^      (KAFKA_[A-Z_]+): \"?([^\"&*]*?)\"?$").matcher(line);
            if (matcher.matches()) {
                values.put(matcher.group(1), matcher.group(2));
            }
        }
        return values;
    }
}
