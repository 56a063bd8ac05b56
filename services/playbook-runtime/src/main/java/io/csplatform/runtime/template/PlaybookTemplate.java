package io.csplatform.runtime.template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A starter playbook every tenant can instantiate: a stable slug {@code id}, where it comes from ({@code source}: the
 * seed and example), a {@code name} and a {@code description} (pt-BR, the catalog's wording) and the {@code playbook}
 * document itself, valid like a {@code POST /api/v1/playbooks} body.
 */
public record PlaybookTemplate(String id, String source, String name, String description, JsonNode playbook) {

    /** A template in a list: the same without the document's details besides its trigger type. */
    public record TemplateSummary(String id, String source, String name, String description, String trigger) {
    }

    public TemplateSummary summary() {
        return new TemplateSummary(id, source, name, description, playbook.path("trigger").path("type").asText());
    }
}
