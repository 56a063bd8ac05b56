package io.csplatform.journeys.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.csplatform.events.EventJson;

import java.util.List;
import java.util.UUID;

/** A template version as the API shows it (and as the journeys service reads it to set a journey). */
public record TemplateView(UUID id, int version, String name, String starterKey, List<JourneyDefinition.Stage> stages) {

    static TemplateView of(JourneyTemplate template, JourneyTemplateVersion version) {
        JourneyDefinition definition = read(version.definition);
        return new TemplateView(template.id, version.version, definition.name(), template.starterKey,
                definition.stages());
    }

    static JourneyDefinition read(String json) {
        try {
            return EventJson.MAPPER.readValue(json, JourneyDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template definition is not readable", e);
        }
    }
}
