package io.csplatform.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo tenant through the public APIs only: every starter template instantiated and activated, and the
 * customers of {@code demo/demo-tenant.json} with the facts that make each template fire within minutes (contracts,
 * journey tasks, tickets, charges, usage and key-user logins, an NPS answer, manual health-score changes). Dates are
 * relative to the tenant's today; nothing moves the clock.
 * <p>
 * Event-driven templates are activated before the data, so the data's events fire them. Scheduled templates run once
 * per day and playbook: they are instantiated with the trigger's {@code at} at 00:00 (retention: daily instead of
 * Mondays 09:00) so that today is due whatever the hour, and activated only once a simulation says their demo customer
 * fires on the runtime's facts, so the day's run sees the data instead of running before it arrived.
 */
public final class DemoLoader {

    /**
     * Where and as whom to load: base URLs by service name ({@code customers}, {@code contracts}, {@code journeys},
     * {@code tickets}, {@code tracking}, {@code finance}, {@code surveys}, {@code health-score},
     * {@code playbook-runtime}), tokens of the tenant's admin and integration (asked again when needed: a load takes
     * longer than a token lives), the tenant's CSM (owner of every demo customer), the SMTP sink's mails (the NPS link
     * is read from the survey e-mail), a suffix for names, external ids and addresses ("" for none: a test loading
     * twice on one tenant gives another) and how long to wait for each fact to propagate.
     */
    public record Target(Map<String, String> urls, Supplier<String> adminToken, Supplier<String> integrationToken,
                         String csmUsername, Supplier<List<MimeMessage>> mails, String suffix, Duration patience) {
    }

    /**
     * What was loaded: template id → playbook id, customer key → customer id, template id → its demo customer's id,
     * and what could not be loaded (a customer whose facts failed is reported here; the others are loaded anyway).
     */
    public record Loaded(Map<String, String> playbooks, Map<String, String> customers,
                         Map<String, String> templateCustomers, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Customers loaded in parallel: most of a customer's time is waiting for its events to reach the services. */
    private static final int CUSTOMERS_AT_ONCE = 5;
    private static final Pattern SURVEY_LINK = Pattern.compile("/public/surveys/([A-Za-z0-9._~-]+)");

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String adminToken;
    private volatile Instant adminTokenAt = Instant.EPOCH;
    private LocalDate today;
    private ZoneId zone;
    private String ownerTypeId;
    private String ownerTypeName;
    private String csmId;

    private DemoLoader(Target target) {
        this.target = target;
    }

    public static Loaded load(Target target) {
        return new DemoLoader(target).run(document());
    }

    static JsonNode document() {
        try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/demo-tenant.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Loaded run(JsonNode demo) {
        JsonNode settings = send("customers", "GET", "/api/v1/tenant/settings", null, ok());
        zone = ZoneId.of(settings.path("timeZone").asText("America/Sao_Paulo"));
        today = LocalDate.now(zone);
        JsonNode ownerType = first(send("customers", "GET", "/api/v1/owner-types", null, ok()).path("items"),
                t -> t.path("isDefault").asBoolean());
        ownerTypeId = ownerType.path("id").asText();
        ownerTypeName = ownerType.path("name").asText();
        csmId = first(send("customers", "GET", "/api/v1/users", null, ok()).path("items"),
                u -> target.csmUsername().equals(u.path("username").asText())).path("id").asText();

        // 1. every template as a draft; the event-driven ones active before the data that fires them
        Map<String, String> playbooks = new LinkedHashMap<>();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (JsonNode template : demo.path("templates")) {
            String id = template.path("id").asText();
            ObjectNode overrides = JSON.createObjectNode();
            if (!target.suffix().isEmpty()) {
                String name = send("playbook-runtime", "GET", "/api/v1/playbook-templates/" + id, null, ok())
                        .path("playbook").path("name").asText();
                overrides.put("name", name + " " + target.suffix());
            }
            if (template.has("triggerParams")) {
                overrides.set("triggerParams", template.get("triggerParams"));
            }
            JsonNode draft = send("playbook-runtime", "POST", "/api/v1/playbook-templates/" + id + "/instantiate",
                    overrides, status(201));
            playbooks.put(id, draft.path("id").asText());
            documents.put(id, draft);
            if (!scheduled(template)) {
                activate(draft.path("id").asText());
            }
        }
        log("%d starter templates instantiated, %d event-driven ones active", playbooks.size(),
                playbooks.size() - count(demo.path("templates"), DemoLoader::scheduled));

        // 2. the customers and their facts, each customer on its own thread (most of the time is waiting for events)
        Map<String, String> customers = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CUSTOMERS_AT_ONCE);
        try {
            List<CompletableFuture<Void>> loading = new ArrayList<>();
            for (JsonNode customer : demo.path("customers")) {
                loading.add(CompletableFuture.runAsync(() -> {
                    try {
                        customers.put(customer.path("key").asText(), customer(customer, customers));
                    } catch (RuntimeException e) {
                        problems.add(customer.path("name").asText() + ": " + e.getMessage());
                        log("ERROR loading %s: %s", customer.path("name").asText(), e.getMessage());
                    }
                }, pool));
            }
            CompletableFuture.allOf(loading.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        log("%d demo customers loaded (%d failed)", customers.size(), problems.size());

        // 3. the scheduled templates, once the runtime's facts make their customer fire (checked by a simulation)
        Map<String, String> templateCustomers = new LinkedHashMap<>();
        for (JsonNode template : demo.path("templates")) {
            String id = template.path("id").asText();
            String customerId = customers.get(template.path("customer").asText());
            if (customerId != null) {
                templateCustomers.put(id, customerId);
            }
            if (scheduled(template)) {
                if (customerId != null && !awaitSimulatedFire(id, playbooks.get(id), documents.get(id), customerId)) {
                    problems.add(id + " does not fire for its demo customer " + customerId + " on the runtime's facts");
                }
                activate(playbooks.get(id));
            }
        }
        log("all %d starter templates active", playbooks.size());
        return new Loaded(playbooks, Map.copyOf(customers), templateCustomers, List.copyOf(problems));
    }

    private static boolean scheduled(JsonNode template) {
        return template.has("triggerParams");
    }

    private void activate(String playbook) {
        send("playbook-runtime", "POST", "/api/v1/playbooks/" + playbook + "/activate", null, ok());
    }

    private boolean awaitSimulatedFire(String template, String playbook, JsonNode draft, String customerId) {
        ObjectNode body = JSON.createObjectNode();
        body.set("playbook", draft.get("definition"));
        body.putArray("customerIds").add(customerId);
        body.put("playbookId", playbook);
        boolean fires = poll(() -> send("playbook-runtime", "POST", "/api/v1/playbooks/simulate", body, ok()),
                answer -> answer.path("items").path(0).path("fire").asBoolean(), "the facts of " + template) != null;
        if (!fires) {
            log("WARNING: %s does not fire for its demo customer yet; activated anyway", template);
        }
        return fires;
    }

    /** One demo customer with its facts; answers its id (put in {@code ids} as soon as it exists). */
    private String customer(JsonNode customer, Map<String, String> ids) {
        String suffix = target.suffix();
        ObjectNode body = JSON.createObjectNode();
        body.put("name", customer.path("name").asText() + (suffix.isEmpty() ? "" : " " + suffix));
        body.put("externalId", externalId(customer));
        if (customer.has("tags")) {
            body.set("tags", customer.get("tags"));
        }
        body.putObject("mainContact").put("name", customer.path("contact").path("name").asText())
                .put("email", email(customer.path("contact").path("email").asText()));
        String id = send("customers", "POST", "/api/v1/customers", body, status(201)).path("id").asText();
        ids.put(customer.path("key").asText(), id);
        for (JsonNode contact : customer.path("contacts")) { // published as contact.created, which surveys projects
            send("customers", "POST", "/api/v1/customers/" + id + "/contacts", JSON.createObjectNode()
                    .put("name", contact.path("name").asText()).put("email", email(contact.path("email").asText())),
                    status(201));
        }
        send("customers", "PUT", "/api/v1/customers/" + id + "/owners/" + ownerTypeId,
                JSON.createObjectNode().put("userId", csmId), ok());

        if (customer.has("contract")) {
            JsonNode contract = customer.get("contract");
            awaitKnown("contracts", "/api/v1/customers/" + id + "/mrr");
            ObjectNode c = JSON.createObjectNode().put("customerId", id).put("currency", "BRL")
                    .put("startDate", today.minusDays(contract.path("startDaysAgo").asLong()).toString())
                    .put("endDate", today.plusDays(contract.path("endInDays").asLong()).toString());
            c.set("mrr", contract.get("mrr"));
            send("contracts", "POST", "/api/v1/contracts", c, status(201));
        }
        for (JsonNode task : customer.path("tasks")) {
            task(id, task);
        }
        for (JsonNode ticket : customer.path("tickets")) {
            ObjectNode t = JSON.createObjectNode().put("customerId", id)
                    .put("subject", ticket.path("subject").asText()).put("priority", ticket.path("priority").asText());
            retrying("tickets", "POST", "/api/v1/tickets", t, 201);
        }
        if (customer.has("charges")) {
            awaitKnown("finance", "/api/v1/customers/" + id + "/finance");
            for (JsonNode charge : customer.get("charges")) {
                ObjectNode c = JSON.createObjectNode().put("customerId", id).put("currency", "BRL")
                        .put("dueDate", today.minusDays(charge.path("dueDaysAgo").asLong()).toString());
                c.set("amount", charge.get("amount"));
                send("finance", "POST", "/api/v1/charges", c, status(201));
            }
        }
        for (JsonNode user : customer.path("keyUsers")) {
            ObjectNode u = JSON.createObjectNode().put("name", user.path("name").asText())
                    .put("email", email(user.path("email").asText())).put("keyUser", true);
            retrying("tracking", "PUT", "/api/v1/customers/" + id + "/tracking/users/" + user.path("userId").asText(), u, 200);
        }
        if (customer.has("usage")) {
            usage(customer);
        }
        if (customer.has("nps")) {
            nps(id, customer);
        }
        if (customer.has("healthAdjustment")) {
            JsonNode adjustment = customer.get("healthAdjustment");
            if (adjustment.path("afterFirstScore").asBoolean()) {
                // healthscore.changed "down" needs a score to come down from: the first one, from the customer's data
                poll(() -> send("health-score", "GET", "/api/v1/customers/" + id + "/health-score", null, any()),
                        score -> score.path("stored").asBoolean(), "the first health score of " + id);
            }
            ObjectNode a = JSON.createObjectNode().put("reason", adjustment.path("reason").asText());
            a.set("value", adjustment.get("value"));
            retrying("health-score", "POST", "/api/v1/customers/" + id + "/health-score/adjustments", a, 201);
        }
        return id;
    }

    private void task(String customerId, JsonNode task) {
        ObjectNode t = JSON.createObjectNode().put("title", task.path("title").asText())
                .put("dueInDays", Math.max(0, task.path("dueInDays").asInt(0))).put("skipWeekends", false);
        if (task.has("description")) {
            t.put("description", task.get("description").asText());
        }
        t.putObject("assignee").put("ownerType", ownerTypeName);
        t.set("labels", task.path("labels").isArray() ? task.get("labels") : JSON.createArrayNode());
        String id = retrying("journeys", "POST", "/api/v1/customers/" + customerId + "/tasks", t, 201).path("id").asText();
        if (task.has("dueDaysAgo")) { // a task created today cannot be due in the past: it is rescheduled there
            send("journeys", "POST", "/api/v1/tasks/" + id + "/schedule", JSON.createObjectNode()
                    .put("date", today.minusDays(task.get("dueDaysAgo").asLong()).toString())
                    .put("skipWeekends", false), ok());
        }
        if (task.path("complete").asBoolean()) {
            send("journeys", "POST", "/api/v1/tasks/" + id + "/complete", null, ok());
        }
    }

    /** Usage as the customer's product sends it: one event a day per entry and day, through the REST ingest. */
    private void usage(JsonNode customer) {
        ArrayNode events = JSON.createArrayNode();
        String externalId = externalId(customer);
        for (JsonNode usage : customer.get("usage")) {
            for (long ago = usage.path("fromDaysAgo").asLong(); ago >= usage.path("toDaysAgo").asLong(); ago--) {
                String user = usage.path("userId").asText();
                String event = usage.path("event").asText();
                events.addObject().put("eventId", externalId + "-" + user + "-" + event + "-" + ago)
                        .put("customerExternalId", externalId).put("userId", user).put("event", event)
                        .put("quantity", usage.path("perDay").asInt(1))
                        .put("occurredAt", today.minusDays(ago).atTime(12, 0).atZone(zone).toInstant().toString());
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("events", events);
        // refused as unknown until the tracking service's directory has the customer: sent again (duplicates count once)
        poll(() -> send("tracking", "POST", "/api/v1/tracking/events", body, ok(), target.integrationToken().get()),
                answer -> answer.path("accepted").asInt() + answer.path("duplicates").asInt() == events.size(),
                "the usage of " + externalId);
    }

    /**
     * An NPS survey sent to the customer's active contacts (its main contact and those added as contacts), answered
     * through the link of the main contact's e-mail: surveys knows the main contact first (customer.created comes
     * before the customer's contact.created), so the first send that succeeds always includes it.
     */
    private void nps(String customerId, JsonNode customer) {
        String email = email(customer.path("contact").path("email").asText());
        retrying("surveys", "POST", "/api/v1/customers/" + customerId + "/surveys/send",
                JSON.createObjectNode().put("kind", "NPS"), 201);
        String token = poll(() -> surveyToken(email), t -> t != null, "the NPS e-mail to " + email);
        if (token == null) {
            throw new IllegalStateException("no NPS e-mail reached " + email);
        }
        ObjectNode answer = JSON.createObjectNode().put("comment", customer.path("nps").path("comment").asText());
        answer.set("score", customer.path("nps").path("score"));
        send("surveys", "POST", "/public/surveys/" + token, answer, status(201));
    }

    private String surveyToken(String email) {
        for (MimeMessage mail : target.mails().get()) {
            try {
                jakarta.mail.Address[] to = mail.getRecipients(Message.RecipientType.TO);
                if (to != null && to.length > 0 && to[0].toString().contains(email)) {
                    Matcher link = SURVEY_LINK.matcher(text(mail.getContent()));
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private String externalId(JsonNode customer) {
        return customer.path("externalId").asText() + (target.suffix().isEmpty() ? "" : "-" + target.suffix());
    }

    private String email(String address) {
        if (target.suffix().isEmpty()) {
            return address;
        }
        int at = address.indexOf('@');
        return address.substring(0, at) + "+" + target.suffix() + address.substring(at);
    }

    // ---- HTTP

    private record Answer(int status, JsonNode body) {
    }

    private static Predicate<Integer> ok() {
        return s -> s == 200;
    }

    private static Predicate<Integer> any() {
        return s -> true;
    }

    private static Predicate<Integer> status(int expected) {
        return s -> s == expected;
    }

    /** A call that may answer 4xx until the service has heard of the customer (its events are still on their way). */
    private JsonNode retrying(String service, String method, String path, JsonNode body, int expected) {
        Answer answer = poll(() -> call(service, method, path, body, adminToken()), a -> a.status() == expected,
                method + " " + path);
        if (answer == null) {
            Answer last = call(service, method, path, body, adminToken());
            if (last.status() != expected) {
                throw new IllegalStateException(method + " " + service + path + " answered " + last.status() + ": "
                        + last.body());
            }
            return last.body();
        }
        return answer.body();
    }

    private void awaitKnown(String service, String path) {
        if (poll(() -> call(service, "GET", path, null, adminToken()), a -> a.status() == 200, path) == null) {
            throw new IllegalStateException(service + " does not know " + path + " after " + target.patience());
        }
    }

    private JsonNode send(String service, String method, String path, JsonNode body, Predicate<Integer> expected) {
        return send(service, method, path, body, expected, adminToken());
    }

    private JsonNode send(String service, String method, String path, JsonNode body, Predicate<Integer> expected,
                          String token) {
        Answer answer = call(service, method, path, body, token);
        if (!expected.test(answer.status())) {
            throw new IllegalStateException(method + " " + service + path + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    private Answer call(String service, String method, String path, JsonNode body, String token) {
        String base = target.urls().get(service);
        if (base == null) {
            throw new IllegalArgumentException("no base URL for " + service);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json;
            try {
                json = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException notJson) {
                json = JSON.createObjectNode().put("text", text);
            }
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            return new Answer(-1, JSON.createObjectNode().put("error", String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The admin's token, asked again every minute (tokens live a few minutes). */
    private String adminToken() {
        if (adminToken == null || Duration.between(adminTokenAt, Instant.now()).toSeconds() > 60) {
            synchronized (this) {
                if (adminToken == null || Duration.between(adminTokenAt, Instant.now()).toSeconds() > 60) {
                    adminToken = target.adminToken().get();
                    adminTokenAt = Instant.now();
                }
            }
        }
        return adminToken;
    }

    /** Asks until the answer is good or the patience is over (then null); every second. */
    private <T> T poll(Supplier<T> ask, Predicate<T> good, String what) {
        Instant until = Instant.now().plus(target.patience());
        while (true) {
            T answer = ask.get();
            if (good.test(answer)) {
                return answer;
            }
            if (Instant.now().isAfter(until)) {
                log("gave up waiting for %s after %s", what, target.patience());
                return null;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode first(JsonNode items, Predicate<JsonNode> which) {
        for (JsonNode item : items) {
            if (which.test(item)) {
                return item;
            }
        }
        throw new IllegalStateException("not found in " + items);
    }

    private static int count(JsonNode items, Predicate<JsonNode> which) {
        int n = 0;
        for (JsonNode item : items) {
            n += which.test(item) ? 1 : 0;
        }
        return n;
    }

    private static final Instant LOADED_FROM = Instant.now();

    private static void log(String format, Object... args) {
        System.out.println("[demo] " + String.format(format, args) + " (" + Duration.between(LOADED_FROM, Instant.now())
                .toSeconds() + " s)");
    }
}
