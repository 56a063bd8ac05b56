package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.csplatform.events.EventJson;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parameter schemas of the catalog: parsing them once and validating params with the JSON path of each mistake. */
public final class ParamsSchema {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<JsonNode, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private ParamsSchema() {
    }

    /** Parses a schema written as JSON text (a text block in each catalog class). */
    public static JsonNode parse(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("bad parameter schema: " + e.getOriginalMessage(), e);
        }
    }

    /** The schema of an entry without parameters. */
    public static JsonNode none() {
        return parse("{\"type\":\"object\",\"additionalProperties\":false}");
    }

    public static List<PathError> validate(JsonNode schema, JsonNode params, String path) {
        JsonNode value = params == null || params.isMissingNode() || params.isNull()
                ? EventJson.MAPPER.createObjectNode() : params;
        JsonSchema compiled = CACHE.computeIfAbsent(schema, s -> FACTORY.getSchema(s, CONFIG));
        return compiled.validate(value).stream().map(message -> error(message, path)).distinct().toList();
    }

    private static PathError error(ValidationMessage message, String path) {
        StringBuilder where = new StringBuilder(path);
        var location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            where.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        if (("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))
                && message.getProperty() != null) {
            where.append('.').append(message.getProperty());
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return new PathError(where.toString(), colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text);
    }
}
