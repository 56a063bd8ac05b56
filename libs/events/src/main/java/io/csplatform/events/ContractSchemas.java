package io.csplatform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates payloads against the JSON Schemas of {@code contracts/}, which this jar carries. */
public final class ContractSchemas {

    private static final String ID_PREFIX = "https://csplatform.io/contracts/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:contracts/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** The violations of {@code payload} against the schema at {@code schemaPath} (relative to contracts/); empty when valid. */
    public static List<String> violations(String schemaPath, JsonNode payload) {
        JsonSchema schema = CACHE.computeIfAbsent(schemaPath,
                path -> FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + path), CONFIG));
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static List<String> violations(MessageType<?> type, String payloadJson) {
        try {
            return violations(type.schemaPath(), EventJson.MAPPER.readTree(payloadJson));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }
}
