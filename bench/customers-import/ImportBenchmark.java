import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports N generated customers (default 100 000) into a running customers service and prints the wall time.
 * No dependencies: {@code java bench/customers-import/ImportBenchmark.java [rows] [serviceUrl] [keycloakUrl] [user]}.
 * Defaults match deploy/local: http://localhost:8081, http://localhost:18080, acme-admin.
 */
public class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String service = args.length > 1 ? args[1] : "http://localhost:8081";
        String keycloak = args.length > 2 ? args[2] : "http://localhost:18080";
        String user = args.length > 3 ? args[3] : "acme-admin";
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, keycloak, user);
        Path csv = generate(rows);

        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/imports/customers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + started.statusCode() + " " + started.body());
        }
        String progress = service + started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String body;
        do {
            Thread.sleep(250);
            body = http.send(HttpRequest.newBuilder(URI.create(progress)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } while (body.contains("\"RUNNING\"") || body.contains("\"QUEUED\""));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d rows in %.1f s (%.0f rows/s)%n%s%n", rows, seconds, rows / seconds,
                body.length() > 400 ? body.substring(0, 400) + "..." : body);
        Files.delete(csv);
    }

    private static String token(HttpClient http, String keycloak, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=cs-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        String answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/cs-platform/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        if (!token.find()) {
            throw new IllegalStateException("no token: " + answer);
        }
        return token.group(1);
    }

    private static Path generate(int rows) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("bench-customers-", ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("externalId,name,status,plan,tags,segments,startDate,contactName,contactEmail\n");
            for (int i = 0; i < rows; i++) {
                out.write("BENCH-" + run + "-" + i + ",\"Cliente " + i + ", Ltda\"," + (i % 7 == 0 ? "onboarding" : "active")
                        + ",Plano " + (i % 3) + ",bench|lote-" + (i % 10) + ",SMB,2026-01-" + (10 + i % 18)
                        + ",Contato " + i + ",contato" + i + "@cliente" + i + ".example.com\n");
            }
        }
        return file;
    }
}
