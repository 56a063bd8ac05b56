package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.testing.SharedDevStack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform for the end-to-end tests, started once per JVM: the real infrastructure from
 * libs/devstack and the five services as their packaged jars, each on a free port.
 */
final class Platform {

    private static final List<String[]> SERVICES = List.of(
            new String[] {"customers", "customers"}, new String[] {"contracts", "contracts"},
            new String[] {"journeys", "journeys"}, new String[] {"playbook-runtime", "runtime"},
            new String[] {"actions", "actions"});
    private static Platform instance;

    final DevStack stack;
    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();

    private Platform(DevStack stack) {
        this.stack = stack;
    }

    static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform(SharedDevStack.get());
            instance.startServices();
        }
        return instance;
    }

    String url(String service) {
        return "http://localhost:" + services.get(service).port();
    }

    Map<String, Long> rssKb() {
        Map<String, Long> rss = new HashMap<>(stack.rssKb());
        services.forEach((name, process) -> rss.put(name, process.rssKb()));
        return rss;
    }

    private static int freePort() {
        // outside the ephemeral range, so an outgoing connection cannot take it before the service binds it
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 33000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(7000);
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                return port;
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 33000 and 40000");
    }

    private void startServices() {
        Path home = Path.of(System.getProperty("cs.home", ".."));
        CompletableFuture.allOf(SERVICES.stream().map(service -> CompletableFuture.runAsync(() -> {
            String name = service[0];
            Path jar = home.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            Path log = home.resolve("e2e/target/logs").resolve(name + ".log");
            services.put(name, ServiceProcess.start(name, jar, freePort(),
                    stack.quarkusConfig(service[1]), log));
        })).toArray(CompletableFuture[]::new)).join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.values().forEach(ServiceProcess::close)));
    }
}
