package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** What the lifecycle endpoints answer besides {@link PlaybookView}. */
public final class PlaybookDtos {

    private PlaybookDtos() {
    }

    /** A playbook in a list: its current version and state, without the definition. */
    public record Summary(UUID id, String name, Playbook.Status status, int version, String trigger,
                          Instant createdAt, Instant updatedAt) {
    }

    /** One immutable version of a playbook's document. */
    public record Version(int version, JsonNode definition, Instant createdAt, String actor) {
    }

    /** One audited change: who, when, what (for an update, the fields that changed with old and new values). */
    public record AuditEntry(UUID id, Instant at, String actor, PlaybookAudit.Action action, Integer fromVersion,
                             int toVersion, Playbook.Status fromStatus, Playbook.Status toStatus, JsonNode changes) {
    }
}
