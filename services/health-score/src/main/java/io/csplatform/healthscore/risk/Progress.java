package io.csplatform.healthscore.risk;

import java.time.LocalDate;
import java.util.List;

/** A plan's progress: actions done of the total, and open actions past their due date on the tenant's {@code today}. */
public record Progress(int total, int done, int overdue) {

    public static Progress of(List<RiskAction> actions, LocalDate today) {
        int done = 0;
        int overdue = 0;
        for (RiskAction action : actions) {
            if (action.done()) {
                done++;
            } else if (action.dueOn.isBefore(today)) {
                overdue++;
            }
        }
        return new Progress(actions.size(), done, overdue);
    }

    /** Done / total as a percentage (0 without actions). */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }
}
