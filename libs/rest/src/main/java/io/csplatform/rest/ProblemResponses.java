package io.csplatform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes, in every service's OpenAPI document, the RFC 9457 {@code application/problem+json} answers each
 * operation under {@code /api} may give (conventions.md): 400 bad input (with the offending fields), 401 without a
 * valid token, 403 without the role, 404 for an unknown or another tenant's id (paths with an id), 409 for a conflict
 * (writes), 503 while the database or Kafka is unreachable. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        add(responses, "400", "Bad input: the problem names the offending fields in errors[]");
        add(responses, "401", "No token, or an invalid one");
        add(responses, "403", "The token lacks the role this operation needs");
        if (path.contains("{")) {
            add(responses, "404", "Unknown id, or another tenant's");
        }
        if (write) {
            add(responses, "409", "Conflict: a duplicate, a rule violated, an idempotency key reused with another body");
        }
        add(responses, "503", "The database or Kafka is unreachable for a moment; retry after Retry-After seconds");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Map<String, Schema> fieldErrorProperties = new LinkedHashMap<>();
        fieldErrorProperties.put("field", string);
        fieldErrorProperties.put("message", string);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(fieldErrorProperties).required(List.of("field", "message"));
        // insertion order: the committed document must not change from one build to the next
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"));
        properties.put("title", string);
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"));
        properties.put("detail", string);
        properties.put("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details").properties(properties)
                .required(List.of("type", "title", "status"));
    }
}
