package io.csplatform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared dev stack:
 * {@code @QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))}.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    private String schema;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.get("schema");
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("DevStackResource needs the init arg 'schema'");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(SharedDevStack.get().quarkusConfig(schema));
        config.put("quarkus.devservices.enabled", "false");
        // the platform clock may be moved (PUT /api/v1/admin/clock, PlatformTime): scenarios of days run in seconds
        config.put("cs.clock.adjustable", "true");
        return config;
    }

    @Override
    public void stop() {
        // shared across test classes; stopped when the JVM exits
    }
}
