package io.csplatform.packaging;

import static io.csplatform.packaging.ComposeChecks.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the rendered chart must hold, as a pure function of the manifests and the services' settings: every problem
 * names the service (or the object) it is about. Empty = fine.
 */
final class ManifestChecks {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");

    private ManifestChecks() {
    }

    static List<String> problems(List<Map<String, Object>> manifests, List<ServiceSettings> services, boolean production) {
        List<String> problems = new ArrayList<>();
        Map<String, String> configMapData = new HashMap<>();
        Set<String> secrets = new HashSet<>();
        for (Map<String, Object> m : manifests) {
            if ("ConfigMap".equals(m.get("kind"))) {
                map(m.get("data")).forEach((k, v) -> configMapData.put(name(m) + "/" + k, String.valueOf(v)));
            }
            if ("Secret".equals(m.get("kind"))) {
                secrets.add(name(m));
            }
        }
        if (production && !secrets.isEmpty()) {
            problems.add("production renders Secrets " + secrets + ": it must reference existing ones");
        }
        for (ServiceSettings service : services) {
            Optional<Map<String, Object>> deployment = find(manifests, "Deployment", service.name());
            for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
                if (find(manifests, kind, service.name()).isEmpty()) {
                    problems.add(service.name() + ": no " + kind);
                }
            }
            deployment.ifPresent(d -> deploymentProblems(service, d, configMapData, production, problems));
            find(manifests, "Service", service.name()).ifPresent(s -> {
                List<Object> ports = list(map(s.get("spec")).get("ports"));
                if (ports.isEmpty() || !Objects.equals(map(ports.get(0)).get("port"), service.port())) {
                    problems.add(service.name() + ": Service must expose port " + service.port() + ", has " + ports);
                }
            });
            find(manifests, "HorizontalPodAutoscaler", service.name()).ifPresent(h -> {
                Map<String, Object> spec = map(h.get("spec"));
                int min = ((Number) spec.getOrDefault("minReplicas", 1)).intValue();
                if (production && min < 2) {
                    problems.add(service.name() + ": HorizontalPodAutoscaler minReplicas " + min + " < 2 in production");
                }
                Object target = map(spec.get("scaleTargetRef")).get("name");
                if (deployment.isPresent() && !name(deployment.get()).equals(target)) {
                    problems.add(service.name() + ": HorizontalPodAutoscaler scales " + spec.get("scaleTargetRef"));
                }
            });
            find(manifests, "PodDisruptionBudget", service.name()).ifPresent(p -> {
                Map<String, Object> selector = map(map(map(p.get("spec")).get("selector")).get("matchLabels"));
                if (!service.name().equals(selector.get(NAME_LABEL))) {
                    problems.add(service.name() + ": PodDisruptionBudget selects " + selector);
                }
            });
        }
        for (Map<String, Object> m : manifests) {
            images(m).forEach(image -> {
                String tag = image.lastIndexOf(':') > image.lastIndexOf('/') ? image.substring(image.lastIndexOf(':') + 1) : "";
                if (tag.isEmpty() || tag.equals("latest")) {
                    problems.add(m.get("kind") + " " + name(m) + ": image " + image + " has no pinned tag");
                }
            });
        }
        return problems;
    }

    private static void deploymentProblems(ServiceSettings service, Map<String, Object> deployment,
            Map<String, String> configMapData, boolean production, List<String> problems) {
        String name = service.name();
        Map<String, Object> spec = map(deployment.get("spec"));
        int replicas = ((Number) spec.getOrDefault("replicas", 1)).intValue();
        if (production && replicas < 2) {
            problems.add(name + ": replicas " + replicas + " < 2 in production");
        }
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        List<Object> containers = list(pod.get("containers"));
        if (containers.size() != 1) {
            problems.add(name + ": expected one container, has " + containers.size());
            return;
        }
        Map<String, Object> container = map(containers.get(0));
        probe(name, container, "livenessProbe", "/q/health/live", problems);
        probe(name, container, "readinessProbe", "/q/health/ready", problems);
        Map<String, Object> resources = map(container.get("resources"));
        for (String bound : List.of("requests", "limits")) {
            if (!map(resources.get(bound)).keySet().containsAll(List.of("cpu", "memory"))) {
                problems.add(name + ": resources." + bound + " must set cpu and memory, has " + resources.get(bound));
            }
        }
        List<Object> ports = list(container.get("ports"));
        if (ports.stream().noneMatch(p -> Objects.equals(map(p).get("containerPort"), service.port()))) {
            problems.add(name + ": containerPort must be " + service.port() + ", has " + ports);
        }
        Map<String, String> env = new HashMap<>();
        for (Object from : list(container.get("envFrom"))) {
            String configMap = String.valueOf(map(map(from).get("configMapRef")).get("name"));
            configMapData.forEach((key, value) -> {
                if (key.startsWith(configMap + "/")) {
                    env.put(key.substring(configMap.length() + 1), value);
                }
            });
        }
        for (Object entry : list(container.get("env"))) {
            Map<String, Object> variable = map(entry);
            String variableName = String.valueOf(variable.get("name"));
            Map<String, Object> secretRef = map(map(variable.get("valueFrom")).get("secretKeyRef"));
            if (CREDENTIAL.matcher(variableName).matches() && (variable.containsKey("value") || secretRef.isEmpty())) {
                problems.add(name + ": " + variableName + " is inlined in the Deployment, must come from a secretKeyRef");
            }
            if (variableName.contains("GROUP_ID")) {
                problems.add(name + ": " + variableName + " set per Deployment: replicas must share the service's consumer groups");
            }
            env.put(variableName, variable.containsKey("value") ? String.valueOf(variable.get("value")) : "<secret " + secretRef + ">");
        }
        env.keySet().stream().filter(k -> CREDENTIAL.matcher(k).matches() && !env.get(k).startsWith("<secret"))
                .forEach(k -> problems.add(name + ": " + k + " comes from a ConfigMap, must come from a Secret"));
        service.requiredEnv().forEach((variable, why) -> {
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                problems.add(name + ": environment variable " + variable + " is not set (" + why + ")");
            } else if (service.launcherEnv().contains(variable) && value.contains("localhost")) {
                problems.add(name + ": " + variable + "=" + value + " points at the pod itself");
            }
        });
        String reactive = env.getOrDefault("QUARKUS_DATASOURCE_REACTIVE_URL", "");
        if (!reactive.endsWith("search_path=" + service.schema())) {
            problems.add(name + ": QUARKUS_DATASOURCE_REACTIVE_URL must use schema " + service.schema() + ": " + reactive);
        }
    }

    private static void probe(String service, Map<String, Object> container, String probe, String path, List<String> problems) {
        Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
        if (!path.equals(httpGet.get("path"))) {
            problems.add(service + ": " + probe + " must GET " + path + ", has " + container.get(probe));
        }
    }

    static Optional<Map<String, Object>> find(List<Map<String, Object>> manifests, String kind, String service) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind")))
                .filter(m -> service.equals(map(map(m.get("metadata")).get("labels")).get(NAME_LABEL))).findFirst();
    }

    static String name(Map<String, Object> manifest) {
        return String.valueOf(map(manifest.get("metadata")).get("name"));
    }

    /** Every container image in a manifest (pod templates of workloads). */
    private static List<String> images(Map<String, Object> manifest) {
        List<String> images = new ArrayList<>();
        Map<String, Object> pod = map(map(map(manifest.get("spec")).get("template")).get("spec"));
        for (String key : List.of("containers", "initContainers")) {
            list(pod.get(key)).forEach(c -> images.add(String.valueOf(map(c).get("image"))));
        }
        return images;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof Collection<?> c ? new ArrayList<>((Collection<Object>) c) : List.of();
    }
}
