package io.csplatform.local;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.DevStackConfig;
import io.csplatform.devstack.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the whole platform on the embedded default: Kafka, PostgreSQL, the Debezium relay, Keycloak and an
 * SMTP sink, then the ten services on their default ports (a few at a time), loads the demo tenant (every starter
 * template active, with demo data that fires each: {@link DemoTenant}) and prints where everything is. Data is kept
 * in {@code .data/} between runs ({@code --reset} wipes it). Ctrl-C stops every process it started.
 * <p>
 * The first run after a service was packaged trains its class-data archive: the service writes every class it loaded
 * when it stops (a few seconds each, once), and later starts map them instead of loading them again (about a fifth
 * less CPU to start).
 */
public final class LocalPlatform {

    private static final int STARTING_AT_ONCE = 4;
    /**
     * Whether a start without a current trained class-data archive writes one when it stops:
     * {@code -Dcs.class-data.train=false} turns it off (the services then map the archive their package has, or one
     * trained before while it is current).
     */
    static final boolean TRAIN_CLASS_DATA = Boolean.parseBoolean(System.getProperty("cs.class-data.train", "true"));

    /** name, schema, port. */
    private static final List<Object[]> SERVICES = List.of(
            new Object[] {"customers", "customers", 8081}, new Object[] {"contracts", "contracts", 8082},
            new Object[] {"surveys", "surveys", 8087},
            new Object[] {"health-score", "healthscore", 8088},
            new Object[] {"journeys", "journeys", 8083}, new Object[] {"playbook-runtime", "runtime", 8089},
            new Object[] {"tickets", "tickets", 8084}, new Object[] {"tracking", "tracking", 8085},
            new Object[] {"actions", "actions", 8090}, new Object[] {"finance", "finance", 8086});

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path home = DevStackConfig.homeFromSystemProperty();
        DevStackConfig defaults = DevStackConfig.defaults(home);
        boolean reset = List.of(args).contains("--reset");
        DevStackConfig config = new DevStackConfig(home, defaults.dataDir(), reset, defaults.kafkaPort(),
                defaults.postgresPort(), defaults.keycloakPort(), defaults.smtpPort(), defaults.imapPort());
        DevStack stack = DevStack.start(config);
        List<ServiceProcess> services = startServices(home, stack, config); // each stops itself on exit, as does the stack
        DemoTenant.load(stack, config.dataDir());
        print(stack, services, Duration.between(started, Instant.now()));
        Thread.currentThread().join();
    }

    /**
     * Starts the services {@value #STARTING_AT_ONCE} at a time: a JVM's start waits on its database, Kafka and
     * Keycloak as much as it computes, so overlapping a few of them shortens the whole; more would only queue for the
     * CPU. Answers them in {@link #SERVICES} order once every one is ready; the first failure stops the launcher.
     */
    private static List<ServiceProcess> startServices(Path home, DevStack stack, DevStackConfig config) {
        ExecutorService pool = Executors.newFixedThreadPool(STARTING_AT_ONCE);
        try {
            List<Future<ServiceProcess>> starting = new ArrayList<>();
            for (Object[] service : SERVICES) {
                String name = (String) service[0];
                Path jar = home.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
                starting.add(pool.submit(() -> ServiceProcess.start(name, jar, (Integer) service[2],
                        demoConfig(stack.quarkusConfig((String) service[1])),
                        config.dataDir().resolve("logs").resolve(name + ".log"), TRAIN_CLASS_DATA)));
            }
            List<ServiceProcess> services = new ArrayList<>();
            for (Future<ServiceProcess> service : starting) {
                services.add(service.get());
            }
            return services;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static void print(DevStack stack, List<ServiceProcess> services, Duration took) {
        StringBuilder out = new StringBuilder("\nCustomer Success platform is up (" + took.toSeconds() + " s)\n\n");
        services.forEach(s -> out.append(String.format("  %-17s http://localhost:%d   (OpenAPI: /q/openapi, health: /q/health)%n",
                s.name(), s.port())));
        out.append(String.format("%n  Keycloak          %s   (admin console: admin / admin)%n", stack.keycloakUrl()));
        out.append(String.format("  OIDC issuer       %s%n", stack.oidcIssuer()));
        out.append(String.format("  Kafka             %s (SASL: an ERP of tenant acme logs in as acme-integration / "
                + "acme-integration-dev-secret, SCRAM-SHA-256, and writes cs.tenant.acme.ingest.*; docs/kafka-security.md)%n",
                stack.kafkaBootstrapServers()));
        out.append(String.format("  PostgreSQL        localhost:%d/%s (user %s)%n", stack.postgresPort(), stack.database(), stack.postgresUser()));
        out.append(String.format("  SMTP / IMAP       localhost:%d / localhost:%d%n", stack.smtpPort(), stack.imapPort()));
        out.append("\n  Demo users (password = user name): acme-admin, acme-csm, globex-admin, globex-csm\n");
        out.append("  Tenant acme has the 15 starter templates active and demo customers that fire each of them within\n"
                + "  minutes (docs/demo.md): executions at http://localhost:8089/api/v1/playbooks/<id>/executions\n");
        out.append("  Memory (RSS, kB): ").append(rss(stack, services)).append("\n\n  Ctrl-C stops everything.");
        long training = services.stream().filter(ServiceProcess::trainsClassData).count();
        if (training > 0) {
            out.append(String.format(" This time it takes longer (up to about a minute): %d service(s) started for the first time since "
                    + "they were packaged%n  and write their class-data archive as they stop, so that later starts need "
                    + "less CPU (once per package).", training));
        }
        out.append("\n");
        System.out.println(out);
    }

    private static Map<String, Long> rss(DevStack stack, List<ServiceProcess> services) {
        Map<String, Long> rss = new java.util.TreeMap<>(stack.rssKb());
        services.forEach(s -> rss.put(s.name(), s.rssKb()));
        return rss;
    }

    /**
     * The launcher is the demo: the platform clock may be moved ({@code PUT /api/v1/admin/clock} on each service, role
     * cs-admin) to show "30 days later" in seconds. Demo only: production never sets {@code cs.clock.adjustable}.
     */
    private static Map<String, String> demoConfig(Map<String, String> config) {
        Map<String, String> demo = new java.util.HashMap<>(config);
        demo.put("cs.clock.adjustable", "true");
        return demo;
    }
}
