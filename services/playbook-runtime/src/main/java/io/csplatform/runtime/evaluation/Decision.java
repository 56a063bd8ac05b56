package io.csplatform.runtime.evaluation;

import java.util.List;

/** Whether a playbook fires for an event, and the trace of every condition that led there. */
public record Decision(boolean fire, List<TraceEntry> trace) {
}
