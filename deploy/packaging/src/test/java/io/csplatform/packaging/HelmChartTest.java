package io.csplatform.packaging;

import static io.csplatform.packaging.ComposeChecks.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * helm/cs-platform linted and rendered by Helm itself (helm-java: Helm's Go code as a native library, no helm
 * binary, no cluster) with the default and the production-like values; the rendered manifests are checked.
 */
class HelmChartTest {

    static final Path CHART = Repository.path("helm/cs-platform");
    static final Path PRODUCTION = CHART.resolve("values-production.yaml");
    private static final List<ServiceSettings> SERVICES = ServiceSettings.all();

    static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> values) {
        String yaml = values.apply(new Helm(CHART).template().withName("cs-platform").withNamespace("cs").withKubeVersion("v1.30.0")).call();
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(yaml)) {
            if (doc instanceof Map<?, ?>) {
                manifests.add(map(doc));
            }
        }
        return manifests;
    }

    static List<Map<String, Object>> defaults() {
        return render(t -> t);
    }

    static List<Map<String, Object>> production() {
        return render(t -> t.withValuesFile(PRODUCTION));
    }

    @Test
    void theChartLintsStrictlyWithDefaultAndProductionValues() {
        LintResult defaults = new Helm(CHART).lint().strict().call();
        assertThat(defaults.isFailed()).as("helm lint --strict: %s", defaults.getMessages()).isFalse();
        // helm-java's lint has no values file option: lint the production values as the chart's own
        Path copy = copyWithValues(PRODUCTION);
        LintResult production = new Helm(copy).lint().strict().call();
        assertThat(production.isFailed()).as("helm lint --strict (production values): %s", production.getMessages()).isFalse();
    }

    @Test
    void withDefaultValuesEveryServiceHasItsDeploymentServiceAutoscalerAndDisruptionBudget() {
        List<Map<String, Object>> manifests = defaults();
        assertThat(ManifestChecks.problems(manifests, SERVICES, false)).isEmpty();
        assertThat(kinds(manifests, "Deployment")).hasSize(SERVICES.size());
        assertThat(kinds(manifests, "Secret")).as("the chart's own Secret from the dev values").hasSize(1);
        assertThat(kinds(manifests, "KafkaConnector")).as("Strimzi is off by default").isEmpty();
    }

    @Test
    void productionLikeValuesRunTwoReplicasOrMoreAgainstExternalEndpointsWithExistingSecrets() {
        List<Map<String, Object>> manifests = production();
        assertThat(ManifestChecks.problems(manifests, SERVICES, true)).isEmpty();
        assertThat(kinds(manifests, "Secret")).isEmpty();
        Map<String, Object> settings = map(kinds(manifests, "ConfigMap").stream()
                .filter(m -> ManifestChecks.name(m).endsWith("-settings")).findFirst().orElseThrow().get("data"));
        assertThat(settings).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "cs-kafka-kafka-bootstrap.kafka.svc.cluster.local:9092")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://sso.example.com/realms/cs-platform")
                .containsEntry("QUARKUS_MAILER_HOST", "smtp.example.com");
        for (Map<String, Object> deployment : kinds(manifests, "Deployment")) {
            Map<String, Object> container = map(ManifestChecks.list(map(map(map(deployment.get("spec")).get("template"))
                    .get("spec")).get("containers")).get(0));
            assertThat(container.get("image").toString()).startsWith("registry.example.com/cs-platform/");
            ManifestChecks.list(container.get("env")).stream().map(ComposeChecks::map)
                    .filter(e -> e.containsKey("valueFrom"))
                    .forEach(e -> assertThat(map(map(e.get("valueFrom")).get("secretKeyRef")).get("name"))
                            .as(ManifestChecks.name(deployment) + " " + e.get("name")).isEqualTo("cs-platform-credentials"));
        }
    }

    @Test
    void theOutboxConnectorIsAConfigMapAndWithStrimziAKafkaConnectorWithTheCommittedConfig() throws Exception {
        Map<String, Object> committed = new ObjectMapper().readValue(
                Repository.read("deploy/debezium/outbox-connector.json"), Map.class);
        List<Map<String, Object>> manifests = production();
        Map<String, Object> configMap = kinds(manifests, "ConfigMap").stream()
                .filter(m -> ManifestChecks.name(m).endsWith("-outbox-connector")).findFirst().orElseThrow();
        Map<String, Object> plain = new ObjectMapper().readValue(
                String.valueOf(map(configMap.get("data")).get("outbox-connector.json")), Map.class);
        Map<String, Object> connector = kinds(manifests, "KafkaConnector").get(0);
        Map<String, Object> spec = map(connector.get("spec"));
        assertThat(map(map(connector.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", "cs-connect");
        assertThat(spec).containsEntry("class", committed.get("connector.class")).containsEntry("tasksMax", 1);
        Map<String, Object> strimzi = map(spec.get("config"));
        committed.forEach((key, value) -> {
            if (key.startsWith("database.")) {
                return;
            }
            assertThat(plain).as("ConfigMap " + key).containsEntry(key, value);
            if (!List.of("name", "connector.class", "tasks.max").contains(key)) {
                assertThat(strimzi).as("KafkaConnector " + key).containsEntry(key, value);
            }
        });
        for (Map<String, Object> config : List.of(plain, strimzi)) {
            assertThat(config).containsEntry("database.hostname", "postgres.db.svc.cluster.local")
                    .containsEntry("database.user", "cs_platform")
                    .containsEntry("database.password", "${secrets:cs/cs-platform-credentials:postgres-password}");
        }
    }

    @Test
    void aMissingObjectALatestTagAnInlinedSecretAndOneReplicaInProductionAreNamed() {
        List<Map<String, Object>> manifests = new ArrayList<>(defaults());
        manifests.remove(ManifestChecks.find(manifests, "HorizontalPodAutoscaler", "tickets").orElseThrow());
        Map<String, Object> finance = ManifestChecks.find(manifests, "Deployment", "finance").orElseThrow();
        Map<String, Object> container = map(ManifestChecks.list(map(map(map(finance.get("spec")).get("template"))
                .get("spec")).get("containers")).get(0));
        List<Object> env = ManifestChecks.list(container.get("env"));
        env.removeIf(e -> "QUARKUS_DATASOURCE_PASSWORD".equals(map(e).get("name")));
        env.add(Map.of("name", "QUARKUS_DATASOURCE_PASSWORD", "value", "postgres"));
        container.put("env", env);
        container.remove("readinessProbe");
        assertThat(ManifestChecks.problems(manifests, SERVICES, false))
                .contains("tickets: no HorizontalPodAutoscaler",
                        "finance: QUARKUS_DATASOURCE_PASSWORD is inlined in the Deployment, must come from a secretKeyRef")
                .anyMatch(p -> p.startsWith("finance: readinessProbe must GET /q/health/ready"));

        List<Map<String, Object>> latest = render(t -> t.withValuesFile(PRODUCTION).set("image.tag", "latest")
                .set("services.surveys.replicas", 1).set("services.surveys.autoscaling.minReplicas", 1));
        assertThat(ManifestChecks.problems(latest, SERVICES, true))
                .contains("surveys: replicas 1 < 2 in production",
                        "surveys: HorizontalPodAutoscaler minReplicas 1 < 2 in production")
                .anyMatch(p -> p.endsWith("image registry.example.com/cs-platform/customers:latest has no pinned tag"));
        List<Map<String, Object>> withoutExisting = render(t -> t.withValuesFile(PRODUCTION).set("secrets.existingSecret", ""));
        assertThat(ManifestChecks.problems(withoutExisting, SERVICES, true))
                .anyMatch(p -> p.startsWith("production renders Secrets"));
    }

    @Test
    void replicasOfAServiceShareItsConsumerGroups() {
        for (ServiceSettings service : SERVICES) {
            var props = ServiceSettings.properties(Repository.path("services/" + service.name()
                    + "/src/main/resources/application.properties"));
            props.stringPropertyNames().stream().filter(k -> k.endsWith(".group.id")).forEach(k -> assertThat(props.getProperty(k))
                    .as(service.name() + " " + k + ": a fixed group, the same in every replica").doesNotContain("${").isNotBlank());
        }
        assertThat(ManifestChecks.problems(production(), SERVICES, true)).noneMatch(p -> p.contains("GROUP_ID"));
    }

    private static List<Map<String, Object>> kinds(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    /** The chart copied to target/ with the given values file as its values.yaml (for lint). */
    private static Path copyWithValues(Path valuesFile) {
        try {
            Path target = Path.of("target/chart-production/cs-platform").toAbsolutePath();
            if (java.nio.file.Files.exists(target)) {
                try (var walk = java.nio.file.Files.walk(target)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (var walk = java.nio.file.Files.walk(CHART)) {
                for (Path source : walk.toList()) {
                    Path dest = target.resolve(CHART.relativize(source).toString());
                    if (java.nio.file.Files.isDirectory(source)) {
                        java.nio.file.Files.createDirectories(dest);
                    } else {
                        java.nio.file.Files.copy(source, dest);
                    }
                }
            }
            // values-production.yaml overrides values.yaml: merge as Helm would (production keys on top)
            Map<String, Object> merged = merge(new Yaml().load(Repository.read(CHART.resolve("values.yaml"))),
                    new Yaml().load(Repository.read(valuesFile)));
            java.nio.file.Files.writeString(target.resolve("values.yaml"), new Yaml().dump(merged));
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> top) {
        Map<String, Object> result = new java.util.LinkedHashMap<>(base);
        top.forEach((k, v) -> result.put(k, v instanceof Map<?, ?> && result.get(k) instanceof Map<?, ?>
                ? merge(map(result.get(k)), map(v)) : v));
        return result;
    }
}
