package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.testing.SharedDevStack;

import java.nio.file.Path;
import java.time.Duration;
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
            new String[] {"surveys", "surveys"},
            new String[] {"health-score", "healthscore"},
            new String[] {"journeys", "journeys"}, new String[] {"playbook-runtime", "runtime"},
            new String[] {"tickets", "tickets"}, new String[] {"tracking", "tracking"},
            new String[] {"actions", "actions"}, new String[] {"finance", "finance"});
    private static Platform instance;

    final DevStack stack;
    /** Every service exports its spans here (OpenTelemetry on, OTLP http/protobuf): see TraceIT. */
    final OtlpReceiver traces = OtlpReceiver.start();
    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();
    /** How each service was started (jar, config, log), to start it again after a crash on the same port. */
    private final Map<String, Object[]> launches = new ConcurrentHashMap<>();

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

    /** kill -9 of a service (fault tests). */
    void crash(String service) {
        services.get(service).kill();
    }

    /** Starts a crashed service again, on its port and with its configuration; answers once it is ready. */
    void restart(String service) {
        Object[] launch = launches.get(service);
        @SuppressWarnings("unchecked")
        Map<String, String> config = (Map<String, String>) launch[1];
        services.put(service, ServiceProcess.start(service, (Path) launch[0], services.get(service).port(), config,
                (Path) launch[2]));
    }

    /**
     * Moves every service's clock to the real time plus {@code offset} (zero: back to the real time), through each
     * service's {@code PUT /api/v1/admin/clock} as the tenant admin. Process-wide: every tenant's "now" moves.
     */
    void clockOffset(Duration offset) {
        String token = stack.token("acme-admin", "acme-admin");
        services.keySet().forEach(service -> io.restassured.RestAssured.given().baseUri(url(service))
                .auth().oauth2(token).contentType("application/json").body(Map.of("offset", offset.toString()))
                .put("/api/v1/admin/clock").then().statusCode(200));
    }

    String url(String service) {
        return "http://localhost:" + services.get(service).port();
    }

    Map<String, Long> rssKb() {
        Map<String, Long> rss = new HashMap<>(stack.rssKb());
        services.forEach((name, process) -> rss.put(name, process.rssKb()));
        return rss;
    }

    /** A port picked free can be taken before the service binds it (seen under load): pick another. */
    private static ServiceProcess startOnAFreePort(String name, Path jar, Map<String, String> config, Path log) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ServiceProcess.start(name, jar, Ports.free(), config, log);
            } catch (IllegalStateException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("already in use")) {
                    throw e;
                }
            }
        }
    }

    /**
     * The customers service first: the others ask it for a customer their projection does not know yet
     * ({@code cs.customers.url}), and it runs on a port picked at start.
     */
    private void startServices() {
        Path home = Path.of(System.getProperty("cs.home", ".."));
        start(home, SERVICES.get(0), Map.of());
        Map<String, String> customers = Map.of("cs.customers.url", url("customers"));
        CompletableFuture.allOf(SERVICES.stream().skip(1).map(service -> CompletableFuture.runAsync(
                () -> start(home, service, customers))).toArray(CompletableFuture[]::new)).join();
    }

    private void start(Path home, String[] service, Map<String, String> extra) {
        String name = service[0];
        Path jar = home.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = home.resolve("e2e/target/logs").resolve(name + ".log");
        Map<String, String> config = new HashMap<>(stack.quarkusConfig(service[1]));
        // test-only triggers (e.g. health-score's weekly report sweep at a given instant); off in production
        config.put("cs.test-hooks.enabled", "true");
        // the platform clock may be moved (clockOffset): scenarios of days and months run in seconds; the sweeps that
        // act by the clock's day tick often, so a moved clock is acted on within seconds
        config.put("cs.clock.adjustable", "true");
        config.put("finance.overdue-sweep.every", "2s");
        config.put("contracts.expiry-sweep.every", "2s");
        config.put("runtime.scheduler.every", "2s");
        config.put("health-score.daily.every", "5s");
        // evaluations are purged 30 days after they were made (hourly): a clock moved a month on would purge the
        // evaluations the tests made before moving it, at whatever hour the purge happens to run
        config.put("runtime.evaluations.retention-days", "3650");
        // tracing on (off by default), every span to the test's OTLP receiver, exported within a fraction of a second
        config.put("quarkus.otel.sdk.disabled", "false");
        config.put("quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint());
        config.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        config.put("quarkus.otel.bsp.schedule.delay", "200ms");
        config.putAll(extra);
        launches.put(name, new Object[] {jar, config, log});
        services.put(name, startOnAFreePort(name, jar, config, log));
    }
}
