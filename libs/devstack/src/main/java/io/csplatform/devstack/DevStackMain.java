package io.csplatform.devstack;

/**
 * Runs the dev stack alone on the default ports until Ctrl-C:
 * {@code java -cp ... io.csplatform.devstack.DevStackMain [--reset]} (project root from -Dcs.home or the current dir).
 */
public final class DevStackMain {

    private DevStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevStackConfig defaults = DevStackConfig.defaults(DevStackConfig.homeFromSystemProperty());
        boolean reset = args.length > 0 && args[0].equals("--reset");
        DevStackConfig config = new DevStackConfig(defaults.home(), defaults.dataDir(), reset, defaults.kafkaPort(),
                defaults.postgresPort(), defaults.keycloakPort(), defaults.smtpPort(), defaults.imapPort());
        DevStack stack = DevStack.start(config);
        System.out.println("Dev stack ready in " + stack.startTimes().get("total").toMillis() + " ms: " + stack.startTimes());
        System.out.println("  Kafka      " + stack.kafkaBootstrapServers());
        System.out.println("  PostgreSQL " + stack.jdbcUrl("public") + " (" + stack.postgresUser() + "/" + stack.postgresPassword() + ")");
        System.out.println("  Keycloak   " + stack.keycloakUrl() + " (admin/admin), issuer " + stack.oidcIssuer());
        System.out.println("  SMTP       localhost:" + stack.smtpPort() + ", IMAP localhost:" + stack.imapPort());
        System.out.println("  RSS (kB)   " + stack.rssKb());
        System.out.println("  logs       " + config.dataDir().resolve("logs"));
        Thread.currentThread().join();
    }
}
