package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What every trigger, condition and action of the catalog has: an id, labels and a parameter JSON Schema. */
public interface CatalogEntry {

    /** The catalog id ({@code shared/spec/catalog.md}), e.g. {@code customer.status}. */
    String id();

    Labels labels();

    /** JSON Schema (2020-12) of {@code params}; served by {@code GET /api/v1/catalog}. */
    JsonNode paramsSchema();

    /**
     * Problems with {@code params}, each naming its JSON path below {@code path}. The default checks the schema;
     * entries with rules a schema cannot say add them.
     */
    default List<PathError> validate(JsonNode params, String path) {
        return ParamsSchema.validate(paramsSchema(), params, path);
    }
}
