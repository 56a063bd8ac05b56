package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.PathError;

import java.util.ArrayList;
import java.util.List;

/** Checks a playbook document against the catalog; every mistake names its JSON path. Pure. */
public final class PlaybookValidator {

    private final Catalog catalog;

    public PlaybookValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<PathError> validate(JsonNode doc) {
        List<PathError> errors = new ArrayList<>();
        if (!doc.path("name").isTextual() || doc.path("name").asText().isBlank()) {
            errors.add(new PathError("name", "is required"));
        }
        String trigger = doc.path("trigger").path("type").asText("");
        if (!catalog.triggers().contains(trigger)) {
            errors.add(new PathError("trigger.type", "unknown trigger '" + trigger + "'; known: " + catalog.triggers()));
        } else {
            errors.addAll(catalog.trigger(trigger).validate(doc.path("trigger").path("params"), "trigger.params"));
        }
        if (doc.has("conditions") && !doc.get("conditions").isNull()) {
            condition(doc.get("conditions"), "conditions", errors);
        }
        JsonNode actions = doc.path("actions");
        if (!actions.isArray() || actions.isEmpty()) {
            errors.add(new PathError("actions", "must list at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            action(actions.get(i), "actions[" + i + "]", errors);
        }
        if (doc.has("limits") && !doc.get("limits").isNull()) {
            errors.addAll(io.csplatform.runtime.execution.Limits.validate(doc.get("limits")));
        }
        return errors;
    }

    private void condition(JsonNode node, String path, List<PathError> errors) {
        for (String group : List.of("all", "any")) {
            if (node.has(group)) {
                if (!node.get(group).isArray() || node.get(group).isEmpty()) {
                    errors.add(new PathError(path + "." + group, "must be a non-empty list"));
                    return;
                }
                for (int i = 0; i < node.get(group).size(); i++) {
                    condition(node.get(group).get(i), path + "." + group + "[" + i + "]", errors);
                }
                return;
            }
        }
        if (node.has("not")) {
            condition(node.get("not"), path + ".not", errors);
            return;
        }
        String type = node.path("type").asText("");
        var condition = catalog.conditions().get(type);
        if (condition == null) {
            errors.add(new PathError(path + ".type", "unknown condition '" + type + "'"));
            return;
        }
        errors.addAll(condition.validate(node.path("params"), path + ".params"));
    }

    private void action(JsonNode node, String path, List<PathError> errors) {
        String type = node.path("type").asText("");
        var action = catalog.actions().get(type);
        if (action == null) {
            errors.add(new PathError(path + ".type", "unknown action '" + type + "'"));
            return;
        }
        if (node.has("delay") && !node.get("delay").isNull()) {
            errors.addAll(io.csplatform.runtime.delay.Delay.validate(node.get("delay"), path + ".delay"));
        }
        errors.addAll(action.validate(node.path("params"), path + ".params"));
    }
}
