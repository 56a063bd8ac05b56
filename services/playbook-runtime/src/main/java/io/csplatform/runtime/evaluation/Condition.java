package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** One condition of the catalog, named by its id; evaluation is pure and reports the values it saw. */
public interface Condition {

    String id();

    /** Problems with {@code params}, each naming its JSON path below {@code path}. */
    List<PathError> validate(JsonNode params, String path);

    Outcome evaluate(JsonNode params, TriggerEvent event, Facts facts);

    record Outcome(boolean passed, Map<String, Object> seen) {
    }
}
