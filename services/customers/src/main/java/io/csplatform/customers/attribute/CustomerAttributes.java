package io.csplatform.customers.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
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

/**
 * Custom attribute definitions of a tenant and the values customers (entity {@code CUSTOMER}) and contacts
 * ({@code CONTACT}) hold, validated against them.
 */
@ApplicationScoped
public class CustomerAttributes {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String CONTACT = "CONTACT";

    private static final String DEFINITIONS = "select key, type, cast(options as text) from attribute_definition"
            + " where tenant_id = :tenant and entity = :entity order by key";
    private static final String VALUES = "select key, cast(value as text) from %1$s_attribute where %1$s_id = :owner"
            + " order by key";
    private static final String UPSERT = """
            insert into %1$s_attribute (tenant_id, %1$s_id, key, value)
            values (:tenant, :owner, :key, cast(cast(:value as text) as jsonb))
            on conflict (%1$s_id, key) do update set value = excluded.value""";
    private static final String DELETE = "delete from %1$s_attribute where %1$s_id = :owner and key = :key";

    private final Mutiny.SessionFactory sessions;

    public CustomerAttributes(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Every definition of the entity's attributes, e.g. to check a CSV header against them. */
    public Uni<List<AttributeDefinition>> definitions(String tenantId, String entity) {
        return sessions.withSession(session -> definitions(session, tenantId, entity));
    }

    /** A page of the tenant's definitions of the entity's attributes by key, after the cursor's key. */
    public Uni<Page<AttributeDefinition>> definitions(String tenantId, String entity, KeyCursor after, int limit) {
        String sql = "select key, type, cast(options as text) from attribute_definition"
                + " where tenant_id = :tenant and entity = :entity" + (after == null ? "" : " and key > :key")
                + " order by key limit :limit";
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("tenant", tenantId)
                    .setParameter("entity", entity).setParameter("limit", limit + 1);
            if (after != null) {
                query.setParameter("key", after.key(0, CustomerAttributes::cursorKey));
            }
            return query.getResultList().map(rows -> KeyCursor.page(rows.stream().map(CustomerAttributes::definition)
                    .toList(), limit, definition -> KeyCursor.of(definition.key())));
        });
    }

    public Uni<AttributeDefinition> define(String tenantId, String entity, AttributeDefinition definition) {
        return sessions.withTransaction(session -> session.createNativeQuery(
                                "insert into attribute_definition (tenant_id, entity, key, type, options) values (:tenant,"
                                        + " :entity, :key, :type, cast(cast(:options as text) as jsonb))")
                        .setParameter("tenant", tenantId).setParameter("entity", entity).setParameter("key", definition.key())
                        .setParameter("type", definition.type())
                        .setParameter("options", EventJson.write(definition.options()))
                        .executeUpdate().replaceWith(definition))
                .onFailure(UniqueViolation.of("attribute_definition_pkey")).transform(e -> new ProblemException(new Problem(
                        "https://csplatform.io/problems/duplicate-attribute", "Conflict", 409, "attribute '"
                        + definition.key() + "' exists", List.of(new Problem.FieldError("key", "already defined")))));
    }

    /** The customer's values, by key. */
    public Uni<Map<String, JsonNode>> values(Mutiny.Session session, UUID customerId) {
        return values(session, CUSTOMER, customerId);
    }

    /** The values of a customer or contact ({@code entity}), by key. */
    public Uni<Map<String, JsonNode>> values(Mutiny.Session session, String entity, UUID ownerId) {
        return session.createNativeQuery(VALUES.formatted(table(entity)), Object[].class).setParameter("owner", ownerId)
                .getResultList()
                .map(rows -> {
                    Map<String, JsonNode> values = new LinkedHashMap<>();
                    rows.forEach(row -> values.put((String) row[0], parse((String) row[1])));
                    return values;
                });
    }

    /** The values of every contact of a customer: by contact, by key. */
    public Uni<Map<UUID, Map<String, JsonNode>>> contactValues(Mutiny.Session session, UUID customerId) {
        return session.createNativeQuery("select a.contact_id, a.key, cast(a.value as text) from contact_attribute a"
                        + " join contact c on c.id = a.contact_id where c.customer_id = :customer order by a.key", Object[].class)
                .setParameter("customer", customerId).getResultList()
                .map(rows -> {
                    Map<UUID, Map<String, JsonNode>> values = new LinkedHashMap<>();
                    rows.forEach(row -> values.computeIfAbsent((UUID) row[0], id -> new LinkedHashMap<>())
                            .put((String) row[1], parse((String) row[2])));
                    return values;
                });
    }

    /**
     * Applies a merge patch of attributes (a null value removes one) after checking every value against the tenant's
     * definitions; answers the changes as {@code attributes.<key>}.
     */
    public Uni<Map<String, FieldChange>> apply(Mutiny.Session session, String tenantId, UUID customerId, JsonNode patch) {
        return apply(session, tenantId, CUSTOMER, customerId, patch);
    }

    /** {@link #apply(Mutiny.Session, String, UUID, JsonNode)} for a customer or a contact ({@code entity}). */
    public Uni<Map<String, FieldChange>> apply(Mutiny.Session session, String tenantId, String entity, UUID ownerId,
                                               JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalidField("attributes", "must be an object of attribute values");
        }
        return definitions(session, tenantId, entity).chain(definitions -> values(session, entity, ownerId).chain(current -> {
            Map<String, FieldChange> changes = changes(definitions, current, patch);
            Uni<Void> writes = Uni.createFrom().voidItem();
            for (var change : changes.entrySet()) {
                String key = change.getKey().substring("attributes.".length());
                writes = writes.chain(() -> write(session, tenantId, entity, ownerId, key, change.getValue().to()));
            }
            return writes.replaceWith(changes);
        }));
    }

    /**
     * The changes a merge patch of attributes makes to the {@code current} values, as {@code attributes.<key>} (the
     * new value {@link FieldChange#to()}, null JSON: removed), after checking every value against the definitions:
     * a 400 naming {@code attributes.<key>} for an unknown attribute or a bad value.
     */
    public static Map<String, FieldChange> changes(List<AttributeDefinition> definitions, Map<String, JsonNode> current,
                                                   JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalidField("attributes", "must be an object of attribute values");
        }
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            AttributeDefinition definition = definitions.stream().filter(d -> d.key().equals(key)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("attributes." + key, "no such attribute"));
            if (!value.isNull()) {
                definition.check(value);
            }
            JsonNode before = current.getOrDefault(key, NullNode.instance);
            if (!before.equals(value)) {
                changes.put("attributes." + key, new FieldChange(before, value));
            }
        }
        return changes;
    }

    private static Uni<Void> write(Mutiny.Session session, String tenantId, String entity, UUID ownerId, String key,
                                   JsonNode value) {
        String table = table(entity);
        var query = value.isNull()
                ? session.createNativeQuery(DELETE.formatted(table)).setParameter("owner", ownerId).setParameter("key", key)
                : session.createNativeQuery(UPSERT.formatted(table)).setParameter("tenant", tenantId)
                        .setParameter("owner", ownerId).setParameter("key", key).setParameter("value", value.toString());
        return query.executeUpdate().replaceWithVoid();
    }

    /** The table prefix of an entity's values: a fixed name, never client text. */
    private static String table(String entity) {
        return switch (entity) {
            case CUSTOMER -> "customer";
            case CONTACT -> "contact";
            default -> throw new IllegalArgumentException(entity);
        };
    }

    private static Uni<List<AttributeDefinition>> definitions(Mutiny.Session session, String tenantId, String entity) {
        return session.createNativeQuery(DEFINITIONS, Object[].class).setParameter("tenant", tenantId)
                .setParameter("entity", entity).getResultList()
                .map(rows -> rows.stream().map(CustomerAttributes::definition).toList());
    }

    /** A cursor's key is an attribute key (AttributeResource's pattern); anything else is not a cursor this list gave. */
    private static String cursorKey(String key) {
        if (!key.matches("[a-zA-Z][a-zA-Z0-9_-]{0,59}")) {
            throw new IllegalArgumentException("not an attribute key: " + key);
        }
        return key;
    }

    private static AttributeDefinition definition(Object[] row) {
        return new AttributeDefinition((String) row[0], (String) row[1], options(parse((String) row[2])));
    }

    private static List<String> options(JsonNode array) {
        List<String> options = new java.util.ArrayList<>();
        array.forEach(option -> options.add(option.asText()));
        return options;
    }

    /** A stored value (jsonb as text) as the rules compare it. */
    public static JsonNode parse(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
