package io.csplatform.runtime.execution;

import io.csplatform.outbox.PlatformMeters;

import java.util.UUID;

/**
 * The playbook runtime's meters ({@code /q/metrics}): evaluations by playbook and outcome (fired, not-fired),
 * executions by playbook and outcome (started, then COMPLETED or FAILED when the last step reports).
 */
final class RuntimeMeters {

    static final String EVALUATIONS = "cs.playbook.evaluations";
    static final String EXECUTIONS = "cs.playbook.executions";

    private RuntimeMeters() {
    }

    static void evaluated(UUID playbook, boolean fired) {
        PlatformMeters.count(EVALUATIONS, "Playbook evaluations recorded, by outcome", "playbook", String.valueOf(playbook),
                "outcome", fired ? "fired" : "not-fired");
    }

    static void execution(UUID playbook, String outcome) {
        PlatformMeters.count(EXECUTIONS, "Playbook executions started and ended, by outcome", "playbook",
                String.valueOf(playbook), "outcome", outcome);
    }
}
