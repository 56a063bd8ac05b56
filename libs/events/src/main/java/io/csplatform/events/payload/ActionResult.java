package io.csplatform.events.payload;

import java.time.Instant;
import java.util.UUID;

/** {@code action.result}: what became of one step of a playbook execution. */
public record ActionResult(ExecutionStep source, UUID customerId, String actionType, Status status, String detail,
                           Instant completedAt) {

    public enum Status { SUCCEEDED, FAILED, SKIPPED }
}
