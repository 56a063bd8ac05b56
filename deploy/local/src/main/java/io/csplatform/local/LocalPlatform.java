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

/**
 * Starts the whole platform on the embedded default: Kafka, PostgreSQL, the Debezium relay, Keycloak and an
 * SMTP sink, then the five services on their default ports, loads the demo tenant's onboarding playbook and
 * prints where everything is. Data is kept in {@code .data/} between runs ({@code --reset} wipes it). Ctrl-C
 * stops every process it started.
 */
public final class LocalPlatform {

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
        List<ServiceProcess> services = new ArrayList<>(); // each stops itself on exit, as does the stack
        for (Object[] service : SERVICES) {
            String name = (String) service[0];
            Path jar = home.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            services.add(ServiceProcess.start(name, jar, (Integer) service[2], stack.quarkusConfig((String) service[1]),
                    config.dataDir().resolve("logs").resolve(name + ".log")));
        }
        DemoTenant.load(stack, config.dataDir());
        print(stack, services, Duration.between(started, Instant.now()));
        Thread.currentThread().join();
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
        out.append("  Tenant acme has the playbook \"Onboarding: welcome and kickoff\" (active).\n");
        out.append("  Memory (RSS, kB): ").append(rss(stack, services)).append("\n\n  Ctrl-C stops everything.\n");
        System.out.println(out);
    }

    private static Map<String, Long> rss(DevStack stack, List<ServiceProcess> services) {
        Map<String, Long> rss = new java.util.TreeMap<>(stack.rssKb());
        services.forEach(s -> rss.put(s.name(), s.rssKb()));
        return rss;
    }
}
