package io.csplatform.events.payload;

import java.util.UUID;

/** The playbook execution step a command belongs to; results are reported against it. */
public record ExecutionStep(UUID executionId, int step, UUID playbookId, int playbookVersion) {
}
