package io.csplatform.runtime.matcher;

import io.csplatform.rest.Paging;

import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The matcher's in-memory index tenant -> trigger -> active playbooks, on every replica: an event costs no query to
 * find its playbooks. It is reloaded when this replica changes a playbook, and when any replica did (a cheap
 * fingerprint of the playbook table, polled every {@code runtime.playbook-index.poll}, 2 s by default).
 */
@ApplicationScoped
public class PlaybookIndex {

    private static final String ACTIVE = """
            select p.id, p.tenant_id, p.version, p.trigger_type, v.definition from playbook p
            join playbook_version v on v.playbook_id = p.id and v.version = p.version
            where p.status = 'ACTIVE'""";
    private static final String FINGERPRINT = "select count(*), max(updated_at) from playbook";

    private final Mutiny.SessionFactory sessions;
    /** The index, made stale whenever the table may have changed; overlapping loads install only newer states. */
    private final NewestLoad<Map<String, Map<String, List<ActivePlaybook>>>> index = new NewestLoad<>();
    private volatile String fingerprint;

    public PlaybookIndex(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The active playbooks of a tenant on a trigger (loads the index first if needed). */
    public Uni<List<ActivePlaybook>> active(String tenant, String trigger) {
        return current().map(all -> all.getOrDefault(tenant, Map.of()).getOrDefault(trigger, List.of()));
    }

    /** Every active playbook on one of {@code triggers}, all tenants (the scheduler's work list). */
    public Uni<List<ActivePlaybook>> activeOn(java.util.Set<String> triggers) {
        return current().map(all -> all.values().stream().flatMap(byTrigger -> byTrigger.entrySet().stream())
                .filter(e -> triggers.contains(e.getKey())).flatMap(e -> e.getValue().stream()).toList());
    }

    /** This replica changed a playbook: the next lookup reloads. */
    public void invalidate() {
        index.changed();
    }

    @Scheduled(every = "${runtime.playbook-index.poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return sessions.withSession(session -> session.createNativeQuery(FINGERPRINT, Object[].class).getSingleResult())
                .invoke(row -> {
                    String seen = row[0] + "@" + Paging.instant(row[1]);
                    if (!seen.equals(fingerprint)) {
                        fingerprint = seen;
                        index.changed();
                    }
                }).replaceWithVoid();
    }

    /**
     * The index, reloaded when a change was signalled since it was loaded. Loads may overlap (events arrive side by
     * side): a load installs its result only if it started after the installed one ({@link NewestLoad}), so a slow
     * load of an older state never replaces a newer index (that lost a playbook activated meanwhile until its next
     * change).
     */
    private Uni<Map<String, Map<String, List<ActivePlaybook>>>> current() {
        Map<String, Map<String, List<ActivePlaybook>>> installed = index.fresh();
        if (installed != null) {
            return Uni.createFrom().item(installed);
        }
        long ticket = index.begin();
        return sessions.withSession(session -> session.createNativeQuery(ACTIVE, Object[].class).getResultList())
                .map(rows -> {
                    Map<String, Map<String, List<ActivePlaybook>>> fresh = new HashMap<>();
                    for (Object[] r : rows) {
                        ActivePlaybook playbook = new ActivePlaybook((UUID) r[0], (String) r[1], (Integer) r[2],
                                (String) r[3], PlaybookDefinitions.parse((String) r[4]));
                        fresh.computeIfAbsent(playbook.tenantId(), t -> new HashMap<>())
                                .computeIfAbsent(playbook.trigger(), t -> new ArrayList<>()).add(playbook);
                    }
                    index.install(ticket, fresh);
                    return fresh;
                });
    }

}
