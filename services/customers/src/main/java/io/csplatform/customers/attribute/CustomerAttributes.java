package io.csplatform.customers.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Custom attribute definitions of a tenant and the values customers hold, validated against them. */
@ApplicationScoped
public class CustomerAttributes {

    private static final String DEFINITIONS = "select key, type, cast(options as text) from attribute_definition where tenant_id = :tenant"
            + " order by key";
    private static final String VALUES = "select key, cast(value as text) from customer_attribute where customer_id = :customer"
            + " order by key";
    private static final String UPSERT = """
            insert into customer_attribute (tenant_id, customer_id, key, value)
            values (:tenant, :customer, :key, cast(cast(:value as text) as jsonb))
            on conflict (customer_id, key) do update set value = excluded.value""";
    private static final String DELETE = "delete from customer_attribute where customer_id = :customer and key = :key";

    private final Mutiny.SessionFactory sessions;

    public CustomerAttributes(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<List<AttributeDefinition>> definitions(String tenantId) {
        return sessions.withSession(session -> definitions(session, tenantId));
    }

    public Uni<AttributeDefinition> define(String tenantId, AttributeDefinition definition) {
        return sessions.withTransaction(session -> session.createNativeQuery(
                                "insert into attribute_definition (tenant_id, key, type, options) values (:tenant, :key, :type,"
                                        + " cast(cast(:options as text) as jsonb))")
                        .setParameter("tenant", tenantId).setParameter("key", definition.key())
                        .setParameter("type", definition.type())
                        .setParameter("options", EventJson.write(definition.options()))
                        .executeUpdate().replaceWith(definition))
                .onFailure(UniqueViolation.of("attribute_definition_pkey")).transform(e -> new ProblemException(new Problem(
                        "https://csplatform.io/problems/duplicate-attribute", "Conflict", 409, "attribute '"
                        + definition.key() + "' exists", List.of(new Problem.FieldError("key", "already defined")))));
    }

    /** The customer's values, by key. */
    public Uni<Map<String, JsonNode>> values(Mutiny.Session session, UUID customerId) {
        return session.createNativeQuery(VALUES, Object[].class).setParameter("customer", customerId).getResultList()
                .map(rows -> {
                    Map<String, JsonNode> values = new LinkedHashMap<>();
                    rows.forEach(row -> values.put((String) row[0], parse((String) row[1])));
                    return values;
                });
    }

    /**
     * Applies a merge patch of attributes (a null value removes one) after checking every value against the tenant's
     * definitions; answers the changes as {@code attributes.<key>}.
     */
    public Uni<Map<String, FieldChange>> apply(Mutiny.Session session, String tenantId, UUID customerId, JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalidField("attributes", "must be an object of attribute values");
        }
        return definitions(session, tenantId).chain(definitions -> values(session, customerId).chain(current -> {
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            Uni<Void> writes = Uni.createFrom().voidItem();
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
                String key = entry.getKey();
                JsonNode value = entry.getValue();
                AttributeDefinition definition = definitions.stream().filter(d -> d.key().equals(key)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidField("attributes." + key, "no such attribute"));
                if (!value.isNull()) {
                    definition.check(value);
                }
                JsonNode before = current.getOrDefault(key, NullNode.instance);
                if (before.equals(value)) {
                    continue;
                }
                changes.put("attributes." + key, new FieldChange(before, value));
                writes = writes.chain(() -> write(session, tenantId, customerId, key, value));
            }
            return writes.replaceWith(changes);
        }));
    }

    private static Uni<Void> write(Mutiny.Session session, String tenantId, UUID customerId, String key, JsonNode value) {
        var query = value.isNull()
                ? session.createNativeQuery(DELETE).setParameter("customer", customerId).setParameter("key", key)
                : session.createNativeQuery(UPSERT).setParameter("tenant", tenantId).setParameter("customer", customerId)
                        .setParameter("key", key).setParameter("value", value.toString());
        return query.executeUpdate().replaceWithVoid();
    }

    private static Uni<List<AttributeDefinition>> definitions(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(DEFINITIONS, Object[].class).setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.stream().map(row -> new AttributeDefinition((String) row[0], (String) row[1],
                        options(parse((String) row[2])))).toList());
    }

    private static List<String> options(JsonNode array) {
        List<String> options = new java.util.ArrayList<>();
        array.forEach(option -> options.add(option.asText()));
        return options;
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
