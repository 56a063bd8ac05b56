package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One trigger of the catalog, named by its id (the event type it listens to); matching is pure. */
public interface Trigger {

    String id();

    /** Problems with the trigger's {@code params}, each naming its JSON path below {@code path}. */
    List<PathError> validate(JsonNode params, String path);

    /** Whether an event of this type fires a playbook configured with {@code params}. */
    boolean matches(JsonNode params, TriggerEvent event);
}
