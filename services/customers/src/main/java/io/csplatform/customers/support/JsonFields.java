package io.csplatform.customers.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of an entity a client may change, read and written as JSON: applies an RFC 7396 merge patch field
 * by field, validating each value (a 400 naming the field), and answers what changed with old and new values.
 */
public final class JsonFields<T> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private record Field<T>(Function<T, JsonNode> read, BiConsumer<T, JsonNode> write) {
    }

    private final Map<String, Field<T>> fields = new LinkedHashMap<>();

    public Map<String, FieldChange> apply(T entity, ObjectNode patch) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        patch.fields().forEachRemaining(entry -> {
            Field<T> field = fields.get(entry.getKey());
            if (field == null) {
                throw ProblemException.invalidField(entry.getKey(), "unknown or read-only field");
            }
            JsonNode before = field.read().apply(entity);
            field.write().accept(entity, entry.getValue());
            JsonNode after = field.read().apply(entity);
            if (!before.equals(after)) {
                changes.put(entry.getKey(), new FieldChange(before, after));
            }
        });
        return changes;
    }

    /** The texts of array {@code from} missing in array {@code to}. */
    public static Set<String> missing(JsonNode from, JsonNode to) {
        Set<String> result = new LinkedHashSet<>();
        from.forEach(item -> result.add(item.asText()));
        to.forEach(item -> result.remove(item.asText()));
        return result;
    }

    public JsonFields<T> text(String name, int max, boolean required, Function<T, String> get, BiConsumer<T, String> set) {
        fields.put(name, new Field<>(e -> get.apply(e) == null ? NullNode.instance : JSON.textNode(get.apply(e)),
                (e, v) -> set.accept(e, text(name, v, max, required))));
        return this;
    }

    public JsonFields<T> bool(String name, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        fields.put(name, new Field<>(e -> JSON.booleanNode(get.apply(e)), (e, v) -> {
            if (!v.isBoolean()) {
                throw ProblemException.invalidField(name, "must be true or false");
            }
            set.accept(e, v.booleanValue());
        }));
        return this;
    }

    public JsonFields<T> date(String name, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set) {
        fields.put(name, new Field<>(e -> get.apply(e) == null ? NullNode.instance : JSON.textNode(get.apply(e).toString()),
                (e, v) -> {
                    try {
                        set.accept(e, v.isNull() ? null : LocalDate.parse(v.asText()));
                    } catch (DateTimeParseException ex) {
                        throw ProblemException.invalidField(name, "must be a date YYYY-MM-DD");
                    }
                }));
        return this;
    }

    public JsonFields<T> uuid(String name, Function<T, UUID> get, BiConsumer<T, UUID> set) {
        fields.put(name, new Field<>(e -> get.apply(e) == null ? NullNode.instance : JSON.textNode(get.apply(e).toString()),
                (e, v) -> {
                    try {
                        set.accept(e, v.isNull() ? null : UUID.fromString(v.asText()));
                    } catch (IllegalArgumentException ex) {
                        throw ProblemException.invalidField(name, "must be a UUID");
                    }
                }));
        return this;
    }

    /** A list of distinct non-blank texts of at most 100 characters, in the order given; null empties it. */
    public JsonFields<T> list(String name, Function<T, String[]> get, BiConsumer<T, String[]> set) {
        fields.put(name, new Field<>(e -> {
            ArrayNode array = JSON.arrayNode();
            Arrays.stream(get.apply(e)).forEach(array::add);
            return array;
        }, (e, v) -> set.accept(e, list(name, v))));
        return this;
    }

    private static String text(String name, JsonNode value, int max, boolean required) {
        if (value.isNull() && !required) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ProblemException.invalidField(name, required ? "must be a non-blank text" : "must be a non-blank text or null");
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            throw ProblemException.invalidField(name, "size must be at most " + max);
        }
        return text;
    }

    private static String[] list(String name, JsonNode value) {
        if (value.isNull()) {
            return new String[0];
        }
        if (!value.isArray()) {
            throw ProblemException.invalidField(name, "must be a list of texts");
        }
        Set<String> items = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank() || item.asText().strip().length() > 100) {
                throw ProblemException.invalidField(name + "[" + i + "]", "must be a non-blank text of at most 100 characters");
            }
            items.add(item.asText().strip());
        }
        return items.toArray(String[]::new);
    }
}
