package io.csplatform.local;

import io.csplatform.devstack.DevStack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads tenant acme's starter playbook once (through the public API, with the admin's token). */
final class DemoTenant {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private DemoTenant() {
    }

    static void load(DevStack stack, Path dataDir) throws IOException, InterruptedException {
        Path marker = dataDir.resolve("demo-tenant-loaded");
        if (Files.exists(marker)) {
            return;
        }
        String token = stack.token("acme-admin", "acme-admin");
        HttpClient http = HttpClient.newHttpClient();
        String created = call(http, token, "/api/v1/playbooks", playbook());
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("unexpected answer creating the demo playbook: " + created);
        }
        call(http, token, "/api/v1/playbooks/" + id.group(1) + "/activate", "");
        Files.createDirectories(dataDir);
        Files.writeString(marker, java.time.Instant.now().toString()); // only once loaded, so a failed load is retried
    }

    private static String call(HttpClient http, String token, String path, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8089" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String playbook() throws IOException {
        try (InputStream in = DemoTenant.class.getResourceAsStream("/onboarding-playbook.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
