package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Small checks shared by the catalog's parameter validation. */
public final class Params {

    private Params() {
    }

    public static List<PathError> requireText(JsonNode params, String path, String... names) {
        List<PathError> errors = new ArrayList<>();
        for (String name : names) {
            JsonNode value = params.path(name);
            if (!value.isTextual() || value.asText().isBlank()) {
                errors.add(new PathError(path + "." + name, "is required and must be text"));
            }
        }
        return errors;
    }
}
