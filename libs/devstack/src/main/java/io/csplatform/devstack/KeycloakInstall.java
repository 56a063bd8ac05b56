package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shared, read-only Keycloak installation: unpacked once from deploy/keycloak/target into
 * ~/.cache/cs-platform/keycloak-VERSION and built once ({@code kc.sh build}) so that every instance
 * can {@code start --optimized}.
 */
final class KeycloakInstall {

    static final String VERSION = "26.7.3";
    /** Build-time options; instances must start with the same ones. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--cache=local", "--health-enabled=false",
            "--metrics-enabled=false");

    private KeycloakInstall() {
    }

    static Path ensure(Path home, Path logsDir) {
        Path dir = CacheDir.root().resolve("keycloak-" + VERSION);
        Path marker = dir.resolve(".cs-built");
        String expected = String.join(" ", BUILD_OPTIONS);
        return CacheDir.locked("keycloak", () -> {
            try {
                if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
                    return dir;
                }
                if (!Files.exists(dir.resolve("lib/quarkus-run.jar"))) {
                    unpack(home, dir.getParent(), logsDir);
                }
                List<String> build = new ArrayList<>(List.of(dir.resolve("bin/kc.sh").toString(), "build"));
                build.addAll(BUILD_OPTIONS);
                runToCompletion("keycloak-build", build, dir, logsDir.resolve("keycloak-build.log"), Duration.ofMinutes(5));
                Files.writeString(marker, expected);
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare Keycloak in " + dir, e);
            }
        });
    }

    private static void unpack(Path home, Path cache, Path logsDir) {
        Path tarball = Files2.requireExists(
                home.resolve("deploy/keycloak/target/keycloak-quarkus-dist-" + VERSION + ".tar.gz"),
                "build it with ./mvnw -pl deploy/keycloak -am package");
        runToCompletion("keycloak-unpack", List.of("tar", "xzf", tarball.toString()), cache,
                logsDir.resolve("keycloak-unpack.log"), Duration.ofMinutes(3));
    }

    private static void runToCompletion(String name, List<String> command, Path workDir, Path log, Duration timeout) {
        ChildProcess process = ChildProcess.start(name, command, workDir, Map.of(), log);
        try {
            process.awaitReady(() -> !process.isAlive(), timeout);
            if (process.exitCode() != 0) {
                throw new IllegalStateException(name + " failed; log " + log + ":\n" + Files2.tail(log, 30));
            }
        } finally {
            process.close();
        }
    }
}
