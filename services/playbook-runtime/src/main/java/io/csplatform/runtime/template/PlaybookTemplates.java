package io.csplatform.runtime.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.playbook.PlaybookValidator;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The starter templates (seeds 000, 002, 004): one JSON file per template under {@code playbook-templates/} of the
 * classpath, listed in order by {@code playbook-templates/index.txt}. Loaded and checked with the validation of
 * {@code POST /api/v1/playbooks} at start-up: a broken template stops the service (and fails the build, see
 * PlaybookTemplatesTest).
 */
@Startup
@ApplicationScoped
public class PlaybookTemplates {

    static final String FOLDER = "playbook-templates/";

    private final Map<String, PlaybookTemplate> templates;

    public PlaybookTemplates(Catalog catalog) {
        this.templates = load(new PlaybookValidator(catalog));
    }

    /** Every template, in the index's order. */
    public List<PlaybookTemplate> all() {
        return List.copyOf(templates.values());
    }

    public Optional<PlaybookTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** Reads and validates every template; an unreadable or invalid one is an {@link IllegalStateException}. */
    public static Map<String, PlaybookTemplate> load(PlaybookValidator validator) {
        Map<String, PlaybookTemplate> loaded = new LinkedHashMap<>();
        for (String id : index()) {
            PlaybookTemplate template = read(id);
            List<PathError> errors = validator.validate(template.playbook());
            if (!errors.isEmpty()) {
                throw new IllegalStateException("playbook template " + id + " is not valid: " + errors.stream()
                        .map(e -> "playbook." + e.path() + " " + e.message()).collect(Collectors.joining("; ")));
            }
            loaded.put(id, template);
        }
        return Collections.unmodifiableMap(loaded);
    }

    private static List<String> index() {
        List<String> ids = new ArrayList<>();
        for (String line : text(FOLDER + "index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ids.add(line.trim());
            }
        }
        return ids;
    }

    private static PlaybookTemplate read(String id) {
        JsonNode node;
        try {
            node = EventJson.MAPPER.readTree(text(FOLDER + id + ".json"));
        } catch (IOException e) {
            throw new IllegalStateException("playbook template " + id + " is not JSON: " + e.getMessage(), e);
        }
        if (!id.equals(node.path("id").asText())) {
            throw new IllegalStateException("playbook template " + id + ".json names id '" + node.path("id").asText() + "'");
        }
        for (String field : List.of("source", "name", "description")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                throw new IllegalStateException("playbook template " + id + " has no " + field);
            }
        }
        if (!node.path("playbook").isObject()) {
            throw new IllegalStateException("playbook template " + id + " has no playbook document");
        }
        return new PlaybookTemplate(id, node.get("source").asText(), node.get("name").asText(),
                node.get("description").asText(), node.get("playbook"));
    }

    private static String text(String resource) {
        try (InputStream in = PlaybookTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
