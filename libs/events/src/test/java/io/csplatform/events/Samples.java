package io.csplatform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a sample of any payload record with every component filled, so no field escapes the schema check. */
final class Samples {

    private Samples() {
    }

    /** A sample of {@code type}; {@code schema} (its JSON Schema node, may be missing) supplies enum values and examples. */
    static Object of(Type type, JsonNode schema) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return string(schema);
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == BigDecimal.class) {
            BigDecimal sample = new BigDecimal("1250.50");
            return schema.has("maximum") ? sample.min(schema.get("maximum").decimalValue()) : sample;
        }
        if (raw == int.class || raw == Integer.class) {
            return schema.has("maximum") ? Math.min(3, schema.get("maximum").intValue()) : 3;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 11, 24);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-11-24T10:15:30Z");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == long.class || raw == Long.class) {
            return 42L;
        }
        if (raw == double.class || raw == Double.class) {
            return 0.5d;
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            return EventJson.MAPPER.getNodeFactory().textNode("sample");
        }
        if (raw == Map.class && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[1] instanceof Class<?> value && value != Object.class) {
            return Map.of("sample", of(value, schema.path("additionalProperties")));
        }
        if (raw == Map.class) {
            return Map.of("customer", Map.of("name", "ACME"));
        }
        if (raw == List.class) {
            return List.of(of(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items")));
        }
        if (raw.isRecord()) {
            return record(raw, schema.path("properties"));
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    /**
     * A sample of the payload record {@code type} with null in every component its schema lets be null or left out:
     * the smallest payload a producer may send.
     */
    static Object minimal(Class<?> type, JsonNode schema) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            JsonNode property = schema.path("properties").path(name);
            boolean required = false;
            for (JsonNode requiredName : schema.path("required")) {
                required |= requiredName.asText().equals(name);
            }
            boolean nullable = false;
            for (JsonNode allowed : property.path("type")) {
                nullable |= "null".equals(allowed.asText());
            }
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() && (!required || nullable) ? null : of(components[i].getGenericType(), property);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0).asText();
        }
        return "email".equals(schema.path("format").asText()) ? "someone@example.com" : "sample";
    }

    private static Object record(Class<?> type, JsonNode properties) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = of(components[i].getGenericType(), properties.path(components[i].getName()));
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
