package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Keycloak instance with its own home (symlinks to the shared install, own data/ with an H2 file),
 * so tests and the launcher can run side by side. A new instance starts from a copy of the realm template
 * (deploy/keycloak/realm.json freshly imported); a kept instance keeps its data.
 */
final class KeycloakServer implements Infrastructure.Component {

    static final String REALM = "cs-platform";

    private final ChildProcess process;

    private KeycloakServer(ChildProcess process) {
        this.process = process;
    }

    static KeycloakServer start(DevStackConfig config) {
        Path install = KeycloakInstall.ensure(config.home(), config.logsDir());
        Path realm = Files2.requireExists(config.home().resolve("deploy/keycloak/realm.json"), "the committed realm");
        Path template = KeycloakRealmTemplate.ensure(install, realm, config.logsDir());
        Path instance = prepareInstance(config.dataDir().resolve("keycloak"), install, realm);
        if (!Files.exists(instance.resolve("data/h2"))) {
            CacheDir.copyTree(template, instance.resolve("data/h2"));
        }
        ChildProcess process = launch(instance, config.keycloakPort(), config.logsDir().resolve("keycloak.log"));
        return new KeycloakServer(process);
    }

    /** Starts Keycloak on an instance home and waits until the realm answers. */
    static ChildProcess launch(Path instance, int port, Path log) {
        ChildProcess process = ChildProcess.start("keycloak", command(instance, port), instance,
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"), log);
        Http http = new Http();
        try {
            process.awaitReady(() -> http.isOk("http://localhost:" + port + "/realms/" + REALM
                    + "/.well-known/openid-configuration"), Duration.ofSeconds(180));
            return process;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** An instance home: symlinks to the shared install, its own data/ (H2 file, tmp) and the realm to import. */
    static Path prepareInstance(Path instance, Path install, Path realm) {
        try {
            Files.createDirectories(instance.resolve("data/import"));
            for (String shared : List.of("lib", "themes", "providers", "conf")) {
                Path link = instance.resolve(shared);
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, install.resolve(shared));
                }
            }
            Files.copy(realm, instance.resolve("data/import/realm.json"), StandardCopyOption.REPLACE_EXISTING);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak instance " + instance, e);
        }
    }

    /** What bin/kc.sh runs, minus the shell wrapper, so the JVM is our direct child. */
    private static List<String> command(Path instance, int port) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBinary(),
                "-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-XX:+UseG1GC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Duser.language=en", "-Duser.country=US",
                "-Dkc.home.dir=" + instance, "-Djboss.server.config.dir=" + instance.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
                "-Dquarkus-log-max-startup-records=10000",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-cp", instance.resolve("lib/quarkus-run.jar").toString(), "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                "start", "--optimized", "--http-enabled=true", "--http-port=" + port, "--hostname-strict=false",
                "--import-realm"));
        return command;
    }

    @Override
    public long rssKb() {
        return process.rssKb();
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
