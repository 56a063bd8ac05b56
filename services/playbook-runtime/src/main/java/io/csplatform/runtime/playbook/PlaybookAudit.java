package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.events.EventJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes one audit row per change of a playbook, in the transaction of the change. */
@ApplicationScoped
public class PlaybookAudit {

    public enum Action { CREATED, UPDATED, ACTIVATED, DEACTIVATED, MAINTENANCE, ARCHIVED }

    /** The top-level fields of a document an update reports. */
    static final List<String> FIELDS = List.of("name", "trigger", "conditions", "actions", "limits");

    /**
     * Beside the fields of an update's {@code changes}: what the edit did to the steps waiting under earlier versions,
     * {@code {"policy": "keep", "waiting": n}} or {@code {"policy": "cancel", "skipped": n}}.
     */
    static final String DELAYED_STEPS = "delayedSteps";

    private static final String INSERT = """
            insert into playbook_audit (id, tenant_id, playbook_id, at, actor, action, from_version, to_version,
                                        from_status, to_status, changes)
            values (:id, :tenant, :playbook, :at, :actor, :action, nullif(:fromVersion, -1), :toVersion,
                    nullif(:fromStatus, ''), :toStatus, cast(cast(:changes as text) as jsonb))""";

    /** Records {@code action} on {@code after} (already changed); {@code fromVersion} -1 and {@code fromStatus} null on creation. */
    public Uni<Integer> record(Mutiny.Session session, Playbook after, String actor, Action action, int fromVersion,
                               Playbook.Status fromStatus, Instant at, JsonNode changes) {
        return session.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", after.tenantId)
                .setParameter("playbook", after.id).setParameter("at", at).setParameter("actor", actor)
                .setParameter("action", action.name()).setParameter("fromVersion", fromVersion)
                .setParameter("toVersion", after.version)
                .setParameter("fromStatus", fromStatus == null ? "" : fromStatus.name())
                .setParameter("toStatus", after.status.name())
                .setParameter("changes", EventJson.write(changes == null ? EventJson.MAPPER.createObjectNode() : changes))
                .executeUpdate();
    }

    /** The fields of {@link #FIELDS} that differ between two documents: {@code {"name": {"from": .., "to": ..}}}. */
    static ObjectNode changes(JsonNode before, JsonNode after) {
        ObjectNode changes = EventJson.MAPPER.createObjectNode();
        for (String field : FIELDS) {
            JsonNode from = before.path(field);
            JsonNode to = after.path(field);
            if (!from.equals(to)) {
                ObjectNode change = changes.putObject(field);
                change.set("from", from.isMissingNode() ? null : from);
                change.set("to", to.isMissingNode() ? null : to);
            }
        }
        return changes;
    }
}
