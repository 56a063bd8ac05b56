package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a condition tree ({@code all} / {@code any} / {@code not} / leaf {@code {type, params}}) against an
 * event and the customer's facts. Pure: no I/O, no clock; every node lands in the trace, so "why did it
 * fire / why not" can be answered. A missing tree means "always".
 */
public final class Evaluator {

    private final Map<String, Condition> conditions;

    public Evaluator(Map<String, Condition> conditions) {
        this.conditions = conditions;
    }

    public Decision evaluate(JsonNode tree, TriggerEvent event, Facts facts) {
        List<TraceEntry> trace = new ArrayList<>();
        boolean fire = tree == null || tree.isNull() || tree.isMissingNode() || node(tree, "conditions", event, facts, trace);
        return new Decision(fire, List.copyOf(trace));
    }

    private boolean node(JsonNode node, String path, TriggerEvent event, Facts facts, List<TraceEntry> trace) {
        if (node.has("all")) {
            boolean passed = true;
            for (int i = 0; i < node.get("all").size(); i++) {
                passed &= node(node.get("all").get(i), path + ".all[" + i + "]", event, facts, trace);
            }
            trace.add(new TraceEntry(path, "all", passed, Map.of()));
            return passed;
        }
        if (node.has("any")) {
            boolean passed = false;
            for (int i = 0; i < node.get("any").size(); i++) {
                passed |= node(node.get("any").get(i), path + ".any[" + i + "]", event, facts, trace);
            }
            trace.add(new TraceEntry(path, "any", passed, Map.of()));
            return passed;
        }
        if (node.has("not")) {
            boolean passed = !node(node.get("not"), path + ".not", event, facts, trace);
            trace.add(new TraceEntry(path, "not", passed, Map.of()));
            return passed;
        }
        String type = node.path("type").asText();
        Condition.Outcome outcome = conditions.get(type).evaluate(node.path("params"), event, facts);
        trace.add(new TraceEntry(path, type, outcome.passed(), outcome.seen()));
        return outcome.passed();
    }
}
