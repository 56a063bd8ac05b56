package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads stored playbook definitions. */
public final class PlaybookDefinitions {

    private PlaybookDefinitions() {
    }

    public static JsonNode parse(String json) {
        return PlaybookService.parse(json);
    }
}
