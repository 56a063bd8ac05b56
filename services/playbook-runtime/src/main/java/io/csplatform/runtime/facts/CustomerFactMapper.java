package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Facts from {@code cs.customers.events.v1}: the account's fields (one fact per field, so two updates of different
 * fields never undo each other), custom attributes ({@code attributes.<key>}), contacts, owners.
 */
@Singleton
public class CustomerFactMapper implements FactMapper {

    static final String CUSTOMER = "customer";
    static final String CONTACT = "contact";
    static final String OWNER = "owner";
    private static final String[] CREATED_FIELDS = {"name", "externalId", "status", "registrationDate", "startDate",
            "endDate", "plan", "products", "services", "groups", "segments", "tags", "portfolioId", "parentId", "createdAt"};
    private static final String[] CONTACT_FIELDS = {"name", "email", "phone", "birthday", "types", "main", "keyUser"};

    @Override
    public Set<String> types() {
        return Set.of("customer.created", "customer.updated", "customer.status.changed", "customer.portfolio.changed",
                "customer.owner.changed", "contact.created", "contact.updated", "contact.deactivated");
    }

    @Override
    public FactChanges map(String type, JsonNode p, long version, ZoneId zone) {
        FactChanges.Builder out = FactChanges.builder(version);
        switch (type) {
            case "customer.created" -> {
                out.copy(CUSTOMER, "", p, CREATED_FIELDS);
                out.set(CUSTOMER, "", "known", true);
                attributes(out, CUSTOMER, "", p.path("attributes"));
                JsonNode main = p.path("mainContact");
                if (main.isObject()) {
                    String id = main.path("contactId").asText();
                    out.copy(CONTACT, id, main, "name", "email");
                    out.set(CONTACT, id, "main", true).set(CONTACT, id, "active", true);
                }
            }
            case "customer.updated" -> changes(out, CUSTOMER, "", p.path("changes"));
            case "customer.status.changed" -> out.set(CUSTOMER, "", "status", p.path("toStatus"));
            case "customer.portfolio.changed" -> out.set(CUSTOMER, "", "portfolioId", p.path("toPortfolioId"));
            case "customer.owner.changed" -> {
                String ownerType = p.path("ownerTypeId").asText();
                out.copy(OWNER, ownerType, p, "ownerTypeName");
                out.set(OWNER, ownerType, "userId", p.path("toUserId"));
            }
            case "contact.created" -> {
                String id = p.path("contactId").asText();
                out.copy(CONTACT, id, p, CONTACT_FIELDS);
                out.set(CONTACT, id, "active", true);
                attributes(out, CONTACT, id, p.path("attributes"));
            }
            case "contact.updated" -> changes(out, CONTACT, p.path("contactId").asText(), p.path("changes"));
            case "contact.deactivated" -> {
                String id = p.path("contactId").asText();
                out.set(CONTACT, id, "active", false).set(CONTACT, id, "main", false);
                if (p.hasNonNull("newMainContactId")) {
                    out.set(CONTACT, p.get("newMainContactId").asText(), "main", true);
                }
            }
            default -> {
                return FactChanges.NONE;
            }
        }
        return out.build();
    }

    /** A change map {@code {field: {from, to}}}: each field takes its new value; attributes keep their key. */
    private static void changes(FactChanges.Builder out, String kind, String entity, JsonNode changes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> change = it.next();
            out.set(kind, entity, change.getKey(), change.getValue().path("to"));
        }
    }

    private static void attributes(FactChanges.Builder out, String kind, String entity, JsonNode attributes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> attribute = it.next();
            out.set(kind, entity, "attributes." + attribute.getKey(), attribute.getValue());
        }
    }
}
