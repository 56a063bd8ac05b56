package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Decision;
import io.csplatform.runtime.evaluation.Evaluator;
import io.csplatform.runtime.evaluation.TraceEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a playbook fires, in the order every caller follows (the live engine, simulate, replay): the trigger's
 * outcome, an optional guard that refuses (the loop guard), the condition tree, then the limits. Pure; the trace
 * holds each step that was reached.
 */
public final class PlaybookDecision {

    private PlaybookDecision() {
    }

    /**
     * @param guard      a refusal recorded before the conditions (null: none)
     * @param executions the customer's past executions of the playbook, for its limits (null: limits not checked)
     */
    public static Decision decide(Evaluator evaluator, JsonNode definition, String trigger, Condition.Outcome triggered,
                                  TraceEntry guard, Context context, List<java.time.Instant> executions) {
        List<TraceEntry> trace = new ArrayList<>();
        trace.add(new TraceEntry("trigger", trigger, triggered.passed(), triggered.seen()));
        boolean fire = triggered.passed();
        if (fire && guard != null) {
            trace.add(guard);
            fire = false;
        }
        if (fire) {
            Decision conditions = evaluator.evaluate(definition.get("conditions"), context);
            trace.addAll(conditions.trace());
            fire = conditions.fire();
        }
        if (fire && executions != null && definition.hasNonNull("limits")) {
            TraceEntry limits = Limits.check(definition.get("limits"), executions, context.now());
            trace.add(limits);
            fire = limits.passed();
        }
        return new Decision(fire, List.copyOf(trace));
    }
}
