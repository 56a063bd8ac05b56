package io.csplatform.runtime.simulate;

import io.csplatform.runtime.evaluation.TraceEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a simulation answers: per customer, the decision, its trace and the commands it would send. */
public final class SimulationDtos {

    private SimulationDtos() {
    }

    /** One action of a simulated execution: the command it would send (and when), or why it would be skipped. */
    public record PlannedStep(int step, String actionType, String commandType, Object command, Instant dueAt,
                              String skipReason) {
    }

    public record CustomerResult(UUID customerId, boolean known, boolean fire, List<TraceEntry> trace,
                                 List<PlannedStep> steps) {
    }

    public record Simulation(Instant at, String trigger, int customers, int wouldFire, List<CustomerResult> items) {
    }
}
