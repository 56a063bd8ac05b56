package io.csplatform.tickets.sla;

import java.time.Instant;

/** When a ticket must have had its first response and be resolved; null where its SLA policy sets no target. */
public record Deadlines(Instant firstResponseDueAt, Instant resolutionDueAt) {

    public static final Deadlines NONE = new Deadlines(null, null);
}
