package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the starter-template end-to-end tests share, on tenant globex through the public APIs: playbooks instantiated
 * from a template and activated (deactivated again by {@link #deactivatePlaybooks()}), customers whose "Analista
 * Principal" is the CSM {@code globex-csm}, the evaluations, executions, notifications and board cards of one
 * playbook or customer, and the e-mails the SMTP server received.
 */
final class TemplateScenarios {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final ZoneId TENANT_ZONE = ZoneId.of("America/Sao_Paulo");

    final Platform platform;
    final String admin;
    final String csm;
    private final List<String> playbooks = new CopyOnWriteArrayList<>();
    private volatile String csmId;
    private volatile String ownerType;

    private TemplateScenarios(Platform platform, String tenant) {
        this.platform = platform;
        this.admin = platform.stack.token(tenant + "-admin", tenant + "-admin");
        this.csm = platform.stack.token(tenant + "-csm", tenant + "-csm");
    }

    static TemplateScenarios globex() {
        return of(Platform.get(), "globex");
    }

    static TemplateScenarios of(Platform platform, String tenant) {
        return new TemplateScenarios(platform, tenant);
    }

    /** A DRAFT playbook from the template (with the given name / triggerParams), activated. */
    String fromTemplate(String template, Map<String, Object> overrides) {
        String id = as("playbook-runtime", admin).body(overrides)
                .post("/api/v1/playbook-templates/" + template + "/instantiate").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        playbooks.add(id);
        as("playbook-runtime", admin).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    /** Every playbook this fixture activated goes INACTIVE, so that it fires for no later test. */
    void deactivatePlaybooks() {
        for (String id : playbooks) {
            as("playbook-runtime", admin).post("/api/v1/playbooks/" + id + "/deactivate");
        }
        playbooks.clear();
    }

    /** A new customer with a main contact, whose default owner type ("Analista Principal") is the CSM. */
    String customer(String name, String email) {
        String id = as("customers", admin).body(Map.of("name", name, "mainContact", Map.of("name", "Ana", "email", email)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        as("customers", admin).body(Map.of("userId", csmId())).put("/api/v1/customers/" + id + "/owners/" + ownerType())
                .then().statusCode(200);
        return id;
    }

    /** Waits until the playbook runtime's facts of the customer know its CSM (a notify.csm step has its recipient). */
    void awaitOwnerInFacts(String customer) {
        await().atMost(WAIT).until(() -> {
            var response = as("playbook-runtime", admin).get("/api/v1/customers/" + customer + "/facts");
            if (response.statusCode() != 200) {
                return false;
            }
            Map<String, Object> owners = response.jsonPath().getMap("owners");
            return owners != null && owners.containsValue(csmId());
        });
    }

    String csmId() {
        if (csmId == null) {
            csmId = userId("globex-csm");
        }
        return csmId;
    }

    String ownerType() {
        if (ownerType == null) {
            ownerType = as("customers", admin).get("/api/v1/owner-types").then().statusCode(200)
                    .extract().path("items.find { it.isDefault }.id");
        }
        return ownerType;
    }

    String userId(String username) {
        List<Map<String, Object>> users = as("customers", admin).get("/api/v1/users").then().statusCode(200)
                .extract().path("items");
        return users.stream().filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow();
    }

    /** The playbook's evaluations for the customer, newest first (the newest 500 of the playbook). */
    List<Map<String, Object>> evaluations(String playbook, String customer) {
        List<Map<String, Object>> items = as("playbook-runtime", admin).queryParam("limit", 500)
                .get("/api/v1/playbooks/" + playbook + "/evaluations").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(e -> customer.equals(e.get("customerId"))).toList();
    }

    /** The playbook's executions for the customer, newest first. */
    List<Map<String, Object>> executions(String playbook, String customer) {
        return as("playbook-runtime", admin).queryParam("customerId", customer)
                .get("/api/v1/playbooks/" + playbook + "/executions").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    /** The CSM's in-app notifications about the customer (the newest 500). */
    List<String> notificationTitles(String customer) {
        List<Map<String, Object>> items = as("actions", csm).queryParam("limit", 500).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(n -> customer.equals(n.get("customerId"))).map(n -> (String) n.get("title")).toList();
    }

    /** The titles of the cards on the CSM's board for the customer (every page). */
    List<String> boardTitles(String customer) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as("journeys", csm).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/board/tasks").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(t -> customer.equals(t.get("customerId"))).forEach(t -> titles.add((String) t.get("title")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return titles;
    }

    /** The titles of the customer's journey tasks. */
    List<String> taskTitles(String customer) {
        return as("journeys", admin).queryParam("limit", 500).get("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    List<MimeMessage> mailsTo(String email) {
        return platform.stack.receivedMails().stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The part of the mail of that MIME type ("text/plain"), or "". */
    static String text(MimeMessage mail, String type) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart multipart) {
                return part(multipart, type);
            }
            return mail.isMimeType(type) ? content.toString() : "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.isMimeType(type)) {
                return body.getContent().toString();
            }
            if (body.getContent() instanceof Multipart nested) {
                String found = part(nested, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    RequestSpecification as(String service, String token) {
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
