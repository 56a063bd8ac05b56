package io.csplatform.runtime.matcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/** An active playbook as the matcher holds it: the version that runs and its parsed definition. */
public record ActivePlaybook(UUID id, String tenantId, int version, String trigger, JsonNode definition) {

    public JsonNode triggerParams() {
        return definition.path("trigger").path("params");
    }

    public JsonNode conditions() {
        return definition.get("conditions");
    }

    public JsonNode actions() {
        return definition.path("actions");
    }
}
