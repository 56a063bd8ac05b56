package io.csplatform.packaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What docker-compose.yml must hold, as a pure function of the parsed file and the services' settings: every
 * problem is a sentence naming the compose service (or the service module) it is about. Empty = fine.
 */
final class ComposeChecks {

    static final List<String> INFRASTRUCTURE_THE_SERVICES_NEED = List.of("postgres", "kafka", "keycloak");

    private ComposeChecks() {
    }

    static List<String> problems(Map<String, Object> compose, List<ServiceSettings> services, String version) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> all = map(compose.get("services"));
        if (all.isEmpty()) {
            return List.of("docker-compose.yml has no services");
        }
        for (ServiceSettings service : services) {
            Object entry = all.get(service.name());
            if (entry == null) {
                problems.add("service " + service.name() + " is missing from docker-compose.yml");
                continue;
            }
            serviceProblems(service, map(entry), version, problems);
        }
        allPinned(all, problems);
        portsUnique(all, problems);
        healthChecked(all, problems);
        return problems;
    }

    private static void serviceProblems(ServiceSettings service, Map<String, Object> entry, String version,
            List<String> problems) {
        String name = service.name();
        Map<String, Object> build = map(entry.get("build"));
        if (!("services/" + name).equals(build.get("context"))
                || !"src/main/docker/Dockerfile.jvm".equals(build.get("dockerfile"))) {
            problems.add(name + ": build must be context services/" + name + ", dockerfile src/main/docker/Dockerfile.jvm, is " + build);
        }
        if (!("cs-platform/" + name + ":" + version).equals(entry.get("image"))) {
            problems.add(name + ": image must be cs-platform/" + name + ":" + version + ", is " + entry.get("image"));
        }
        List<String> ports = strings(entry.get("ports"));
        if (!ports.contains(service.port() + ":" + service.port())) {
            problems.add(name + ": must publish its port " + service.port() + " (application.properties), has " + ports);
        }
        Map<String, String> env = environment(entry.get("environment"));
        service.requiredEnv().forEach((variable, why) -> {
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                problems.add(name + ": environment variable " + variable + " is not set (" + why + ")");
            } else if (service.launcherEnv().contains(variable) && value.contains("localhost")) {
                problems.add(name + ": " + variable + "=" + value + " points at the container itself");
            }
        });
        String reactive = env.getOrDefault("QUARKUS_DATASOURCE_REACTIVE_URL", "");
        String jdbc = env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "");
        if (!reactive.endsWith("search_path=" + service.schema()) || !jdbc.endsWith("currentSchema=" + service.schema())) {
            problems.add(name + ": the datasource URLs must use its schema " + service.schema() + ": " + reactive + ", " + jdbc);
        }
        if ("true".equalsIgnoreCase(env.get("CS_TEST_HOOKS_ENABLED"))) {
            problems.add(name + ": CS_TEST_HOOKS_ENABLED is for tests only");
        }
        String health = String.join(" ", strings(map(entry.get("healthcheck")).get("test")));
        if (!health.contains("/q/health") || !health.contains(Integer.toString(service.port()))) {
            problems.add(name + ": health check must ask /q/health on port " + service.port() + ", is: " + health);
        }
        Map<String, Object> dependsOn = map(entry.get("depends_on"));
        for (String infra : INFRASTRUCTURE_THE_SERVICES_NEED) {
            if (!"service_healthy".equals(map(dependsOn.get(infra)).get("condition"))) {
                problems.add(name + ": must start after " + infra + " is healthy (depends_on condition: service_healthy)");
            }
        }
    }

    /** Every container runs a pinned image: a tag that is not latest. */
    private static void allPinned(Map<String, Object> all, List<String> problems) {
        all.forEach((name, entry) -> {
            Object image = map(entry).get("image");
            if (!(image instanceof String ref)) {
                problems.add(name + ": no image (a built service also names its image with a pinned tag)");
                return;
            }
            String tag = ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref.substring(ref.lastIndexOf(':') + 1) : "";
            if (tag.isEmpty() || tag.equals("latest") || tag.contains("${")) {
                problems.add(name + ": image " + ref + " has no pinned tag");
            }
        });
    }

    private static void portsUnique(Map<String, Object> all, List<String> problems) {
        Map<String, String> owners = new HashMap<>();
        all.forEach((name, entry) -> strings(map(entry).get("ports")).forEach(mapping -> {
            String[] parts = mapping.split(":");
            String host = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
            String owner = owners.putIfAbsent(host, name);
            if (owner != null) {
                problems.add(name + ": host port " + host + " is also published by " + owner);
            }
        }));
    }

    /** Long-running containers have a health check; one-shots (restart: "no") complete instead. */
    private static void healthChecked(Map<String, Object> all, List<String> problems) {
        all.forEach((name, entry) -> {
            Map<String, Object> service = map(entry);
            if (!"no".equals(String.valueOf(service.get("restart"))) && strings(map(service.get("healthcheck")).get("test")).isEmpty()) {
                problems.add(name + ": no health check");
            }
        });
    }

    /** Kafka, PostgreSQL, Kafka Connect with the connector, Keycloak with the realm, the SMTP sink: at their versions. */
    static List<String> infrastructureProblems(Map<String, Object> compose, String kafkaVersion, String keycloakVersion) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> all = map(compose.get("services"));
        expectImage(all, "kafka", "apache/kafka:" + kafkaVersion, problems);
        expectImage(all, "keycloak", "quay.io/keycloak/keycloak:" + keycloakVersion, problems);
        if (!String.join(" ", strings(map(all.get("postgres")).get("command"))).contains("wal_level=logical")) {
            problems.add("postgres: must run with wal_level=logical (the outbox connector reads the WAL)");
        }
        if (!strings(map(all.get("keycloak")).get("volumes")).stream().anyMatch(v -> v.startsWith("./deploy/keycloak/realm.json:"))
                || !String.join(" ", strings(map(all.get("keycloak")).get("command"))).contains("--import-realm")) {
            problems.add("keycloak: must import ./deploy/keycloak/realm.json");
        }
        Map<String, Object> connectBuild = map(map(all.get("connect")).get("build"));
        if (!"deploy/debezium/Dockerfile".equals(connectBuild.get("dockerfile"))) {
            problems.add("connect: must be built from deploy/debezium/Dockerfile, is " + connectBuild);
        }
        Map<String, Object> register = map(all.get("connect-register"));
        if (!strings(register.get("volumes")).stream().anyMatch(v -> v.startsWith("./deploy/debezium:"))
                || !String.join(" ", strings(register.get("entrypoint"))).contains("register.sh")) {
            problems.add("connect-register: must run deploy/debezium/register.sh with deploy/debezium mounted");
        }
        if (!"service_healthy".equals(map(map(register.get("depends_on")).get("connect")).get("condition"))) {
            problems.add("connect-register: must wait for connect to be healthy");
        }
        if (!String.valueOf(map(all.get("mailpit")).get("image")).startsWith("axllent/mailpit:")) {
            problems.add("mailpit: the SMTP sink with a web UI is missing");
        }
        return problems;
    }

    private static void expectImage(Map<String, Object> all, String name, String image, List<String> problems) {
        if (!image.equals(map(all.get(name)).get("image"))) {
            problems.add(name + ": image must be " + image + ", is " + map(all.get(name)).get("image"));
        }
    }

    /** Compose allows a map or a list of NAME=value. */
    static Map<String, String> environment(Object environment) {
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            strings(environment).forEach(pair -> {
                int eq = pair.indexOf('=');
                env.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? null : pair.substring(eq + 1));
            });
        }
        return env;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
