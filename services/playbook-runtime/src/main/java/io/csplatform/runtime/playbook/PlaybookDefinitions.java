package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;

/** Reads stored playbook definitions (and stored traces), kept as JSON text. */
public final class PlaybookDefinitions {

    private PlaybookDefinitions() {
    }

    public static JsonNode parse(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
