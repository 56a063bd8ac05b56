package io.csplatform.packaging;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One service as its own files describe it: HTTP port and schema from application.properties, and the settings a
 * deployment must set for it, each as the environment variable Quarkus reads it from.
 *
 * <p>What a service needs, derived rather than listed by hand:
 * <ul>
 *   <li>every setting the launcher passes on the command line (libs/devstack {@code DevStack.quarkusConfig}:
 *       datasource, Kafka, OIDC, SMTP);</li>
 *   <li>every {@code ${ENV_VAR}} without a default in application.properties;</li>
 *   <li>every setting whose built-in value points at localhost (application.properties, or a
 *       {@code @ConfigProperty} default in the service's or its libs' code, e.g. {@code cs.customers.url}): in a
 *       container that is the container itself;</li>
 *   <li>every setting of application.properties named *password or *secret: the committed value is the dev one.</li>
 * </ul>
 */
record ServiceSettings(String name, int port, String schema, Map<String, String> requiredEnv, Set<String> launcherEnv) {

    private static final Pattern LAUNCHER_PUT = Pattern.compile("props\\.put\\(\"([^\"]+)\"");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CS_DEPENDENCY = Pattern.compile("<artifactId>(cs-[a-z-]+)</artifactId>");

    static List<ServiceSettings> all() {
        return Repository.serviceNames().stream().map(ServiceSettings::of).toList();
    }

    static ServiceSettings of(String name) {
        Properties props = properties(Repository.path("services/" + name + "/src/main/resources/application.properties"));
        int port = Integer.parseInt(require(props, "quarkus.http.port", name));
        String schema = require(props, "quarkus.flyway.schemas", name);
        Map<String, String> required = new LinkedHashMap<>(); // env var -> why
        Set<String> launcher = new LinkedHashSet<>();
        for (String key : launcherSettings()) {
            required.put(env(key), "the launcher sets " + key);
            launcher.add(env(key));
        }
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // profile-specific (%test, %dev): not production
            }
            String value = props.getProperty(key);
            Matcher ref = ENV_REFERENCE.matcher(value);
            while (ref.find()) {
                if (!ref.group(0).contains(":")) {
                    required.put(env(ref.group(1)), key + " = " + value + " has no default");
                }
            }
            if (value.contains("localhost")) {
                required.putIfAbsent(env(key), key + " defaults to " + value);
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.endsWith("password") || lower.endsWith("secret")) {
                required.putIfAbsent(env(key), key + " is a credential (the committed value is the dev one)");
            }
        }
        for (Path sources : sourceRoots(name)) {
            codeDefaults(sources).forEach((key, value) -> {
                if (value.contains("localhost")) {
                    required.putIfAbsent(env(key), key + " defaults to " + value + " in the code");
                }
            });
        }
        return new ServiceSettings(name, port, schema, required, launcher);
    }

    /** The environment variable Quarkus maps a property to: non-alphanumerics become _, upper case. */
    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The keys of libs/devstack DevStack.quarkusConfig: what the launcher and e2e pass every service. */
    static Set<String> launcherSettings() {
        String source = Repository.read("libs/devstack/src/main/java/io/csplatform/devstack/DevStack.java");
        int start = source.indexOf("quarkusConfig(");
        int end = source.indexOf("return props", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("DevStack.quarkusConfig not found: update ServiceSettings.launcherSettings");
        }
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = LAUNCHER_PUT.matcher(source.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        if (keys.size() < 5) {
            throw new IllegalStateException("DevStack.quarkusConfig sets only " + keys + ": did its form change?");
        }
        return keys;
    }

    /** The service's own sources and those of the libs/ modules it depends on (cs-* artifacts). */
    private static List<Path> sourceRoots(String name) {
        List<Path> roots = new ArrayList<>(List.of(Repository.path("services/" + name + "/src/main/java")));
        Set<String> libs = new LinkedHashSet<>();
        Matcher dep = CS_DEPENDENCY.matcher(Repository.read("services/" + name + "/pom.xml")
                + Repository.read("services/pom.xml"));
        while (dep.find()) {
            libs.add(dep.group(1));
        }
        try (Stream<Path> dirs = Files.list(Repository.path("libs"))) {
            dirs.filter(dir -> Files.exists(dir.resolve("pom.xml")))
                    .filter(dir -> libs.contains(artifactId(dir)))
                    .map(dir -> dir.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    private static String artifactId(Path libDir) {
        String pom = Repository.read(libDir.resolve("pom.xml"));
        int parentEnd = pom.indexOf("</parent>");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
        return m.find(Math.max(parentEnd, 0)) ? m.group(1) : "";
    }

    private static Map<String, String> codeDefaults(Path sources) {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (!Files.isDirectory(sources)) {
            return defaults;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = CONFIG_PROPERTY.matcher(Repository.read(f));
                while (m.find()) {
                    defaults.put(m.group(1), m.group(2));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }

    static Properties properties(Path file) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static String require(Properties props, String key, String service) {
        String value = props.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(service + ": application.properties has no " + key);
        }
        return value.trim();
    }
}
