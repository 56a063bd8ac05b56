package io.csplatform.runtime.execution;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.NotifyUsers;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.csplatform.outbox.Outbox;
import io.csplatform.runtime.matcher.PlaybookIndex;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A playbook whose executions failed {@code runtime.auto-pause.failures} times (10) in the last 24 hours moves from
 * ACTIVE to MAINTENANCE by itself, audited with the reason (actor {@code system}); it fires nothing until a user
 * activates it again. The tenant's admins are told by an in-app notification ({@code notify.csm} to role cs-admin).
 */
@ApplicationScoped
public class AutoPause {

    private static final Logger LOG = Logger.getLogger(AutoPause.class);
    private static final String PAUSE = """
            update playbook set status = 'MAINTENANCE', updated_at = :now
            where id = :playbook and status = 'ACTIVE'
              and (select count(*) from execution where playbook_id = :playbook and status = 'FAILED'
                   and created_at > :since) >= :failures
            returning tenant_id, version, name""";
    private static final String AUDIT = """
            insert into playbook_audit (id, tenant_id, playbook_id, at, actor, action, from_version, to_version,
                                        from_status, to_status, changes)
            values (:id, :tenant, :playbook, :at, 'system', 'MAINTENANCE', :version, :version, 'ACTIVE', 'MAINTENANCE',
                    cast(cast(:changes as text) as jsonb))""";

    private final PlaybookIndex index;
    private final Outbox outbox;
    private final Clock clock;
    private final int failures;

    public AutoPause(PlaybookIndex index, Outbox outbox, Clock clock,
                     @ConfigProperty(name = "runtime.auto-pause.failures", defaultValue = "10") int failures) {
        this.index = index;
        this.outbox = outbox;
        this.clock = clock;
        this.failures = failures;
    }

    /** After a failed step: pauses the playbook when it has failed too often; answers whether it did. */
    public Uni<Boolean> check(Mutiny.Session session, UUID playbook) {
        return session.createNativeQuery(PAUSE, Object[].class)
                .setParameter("now", clock.instant()).setParameter("playbook", playbook)
                .setParameter("since", clock.instant().minus(Duration.ofHours(24))).setParameter("failures", (long) failures)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(false)
                        : session.createNativeQuery(AUDIT)
                        .setParameter("id", UUID.randomUUID()).setParameter("tenant", rows.get(0)[0])
                        .setParameter("playbook", playbook).setParameter("at", clock.instant())
                        .setParameter("version", rows.get(0)[1])
                        .setParameter("changes", "{\"reason\": \"" + failures
                                + " or more executions failed in 24 hours: paused automatically\"}")
                        .executeUpdate()
                        .chain(() -> tellAdmins(session, (String) rows.get(0)[0], playbook, (String) rows.get(0)[2]))
                        .invoke(() -> {
                            index.invalidate();
                            LOG.warnf("playbook %s moved to MAINTENANCE: %d executions failed in 24 hours", playbook, failures);
                        })
                        .replaceWith(true));
    }

    /** The tenant's admins (role cs-admin) get an in-app notification through the actions service. */
    private Uni<Void> tellAdmins(Mutiny.Session session, String tenant, UUID playbook, String name) {
        var notice = new NotifyUsers(null, TenantSettingsChanged.SUBJECT, List.of(), List.of(Roles.CS_ADMIN),
                "Playbook \"" + name + "\" pausado automaticamente",
                failures + " ou mais execuções falharam nas últimas 24 horas; o playbook está em MAINTENANCE e não "
                        + "dispara até ser ativado de novo. Veja as execuções com falha antes de reativá-lo.",
                "/playbooks/" + playbook, Map.of());
        return outbox.publish(session, Topic.ACTIONS_COMMANDS, ActionMessages.NOTIFY_CSM, tenant,
                TenantSettingsChanged.SUBJECT, notice).replaceWithVoid();
    }
}
