package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

/** A trigger that fires on a domain event whose type is the trigger's id; matching its parameters is pure. */
public interface EventTrigger extends CatalogEntry {

    /** Whether the event fires a playbook configured with {@code params}; {@code context} has the event. */
    Condition.Outcome matches(JsonNode params, Context context);
}
