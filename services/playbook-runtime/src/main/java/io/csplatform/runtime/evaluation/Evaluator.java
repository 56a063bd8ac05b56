package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a condition tree ({@code all} / {@code any} / {@code not} / leaf {@code {type, params}}) in a
 * {@link Context}. Pure: no I/O, no clock of its own; every node lands in the trace, so "why did it fire / why
 * not" can be answered. A missing tree means "always". A condition that throws on unexpected facts fails closed
 * (does not pass) and its trace says why.
 */
public final class Evaluator {

    private final Map<String, Condition> conditions;

    public Evaluator(Map<String, Condition> conditions) {
        this.conditions = conditions;
    }

    public Decision evaluate(JsonNode tree, Context context) {
        List<TraceEntry> trace = new ArrayList<>();
        boolean fire = tree == null || tree.isNull() || tree.isMissingNode() || node(tree, "conditions", context, trace);
        return new Decision(fire, List.copyOf(trace));
    }

    private boolean node(JsonNode node, String path, Context context, List<TraceEntry> trace) {
        if (node.has("all")) {
            boolean passed = true;
            for (int i = 0; i < node.get("all").size(); i++) {
                passed &= node(node.get("all").get(i), path + ".all[" + i + "]", context, trace);
            }
            trace.add(new TraceEntry(path, "all", passed, Map.of()));
            return passed;
        }
        if (node.has("any")) {
            boolean passed = false;
            for (int i = 0; i < node.get("any").size(); i++) {
                passed |= node(node.get("any").get(i), path + ".any[" + i + "]", context, trace);
            }
            trace.add(new TraceEntry(path, "any", passed, Map.of()));
            return passed;
        }
        if (node.has("not")) {
            boolean passed = !node(node.get("not"), path + ".not", context, trace);
            trace.add(new TraceEntry(path, "not", passed, Map.of()));
            return passed;
        }
        String type = node.path("type").asText();
        Condition condition = conditions.get(type);
        Condition.Outcome outcome;
        if (condition == null) {
            outcome = new Condition.Outcome(false, Map.of("error", "unknown condition " + type));
        } else {
            try {
                outcome = condition.evaluate(node.path("params"), context);
            } catch (RuntimeException e) {
                Map<String, Object> seen = new HashMap<>();
                seen.put("error", String.valueOf(e.getMessage()));
                outcome = new Condition.Outcome(false, seen);
            }
        }
        trace.add(new TraceEntry(path, type, outcome.passed(), outcome.seen()));
        return outcome.passed();
    }
}
