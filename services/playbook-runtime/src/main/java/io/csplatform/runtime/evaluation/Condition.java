package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** One condition of the catalog, named by its id; evaluation is pure and reports the values it saw. */
public interface Condition extends CatalogEntry {

    Outcome evaluate(JsonNode params, Context context);

    record Outcome(boolean passed, Map<String, Object> seen) {

        public static Outcome of(boolean passed, Map<String, Object> seen) {
            return new Outcome(passed, seen);
        }
    }
}
