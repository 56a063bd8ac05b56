package io.csplatform.local;

import io.csplatform.devstack.DevStack;
import io.csplatform.local.demo.DemoLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Loads the demo tenant acme once (a marker file in the data directory): every starter template active and the demo
 * customers whose facts fire each of them ({@link DemoLoader}, docs/demo.md), through the public APIs on the
 * launcher's ports.
 */
final class DemoTenant {

    static final Map<String, String> URLS = Map.of(
            "customers", "http://localhost:8081", "contracts", "http://localhost:8082",
            "journeys", "http://localhost:8083", "tickets", "http://localhost:8084",
            "tracking", "http://localhost:8085", "finance", "http://localhost:8086",
            "surveys", "http://localhost:8087", "health-score", "http://localhost:8088",
            "playbook-runtime", "http://localhost:8089", "actions", "http://localhost:8090");

    private DemoTenant() {
    }

    static void load(DevStack stack, Path dataDir) throws IOException {
        Path marker = dataDir.resolve("demo-tenant-loaded");
        if (Files.exists(marker)) {
            return;
        }
        DemoLoader.load(new DemoLoader.Target(URLS, () -> stack.token("acme-admin", "acme-admin"),
                () -> stack.clientToken("acme-integration", "acme-integration-secret"), "acme-csm",
                stack::receivedMails, "", Duration.ofMinutes(3)));
        Files.createDirectories(dataDir);
        Files.writeString(marker, java.time.Instant.now().toString()); // only once loaded, so a failed load is retried
    }
}
