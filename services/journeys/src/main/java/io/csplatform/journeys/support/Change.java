package io.csplatform.journeys.support;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.payload.ExecutionStep;

/**
 * Who asks for a change: the tenant, the user (null for a command) and the command that caused it
 * (null for a user's request), with its playbook step when a playbook sent it.
 */
public record Change(String tenantId, String userId, EventHeaders cause, ExecutionStep source) {

    public static Change byUser(String tenantId, String userId) {
        return new Change(tenantId, userId, null, null);
    }

    public static Change byCommand(EventHeaders command, ExecutionStep source) {
        return new Change(command.tenantId(), null, command, source);
    }
}
