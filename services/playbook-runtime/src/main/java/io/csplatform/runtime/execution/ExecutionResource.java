package io.csplatform.runtime.execution;

import io.csplatform.rest.Paging;

import io.csplatform.rest.Page;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A playbook's executions with their steps, newest first, cursor-paginated ({@code limit} 1..500, default 50;
 * {@code customerId} to filter).
 */
@Path("/api/v1/playbooks/{playbookId}/executions")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class ExecutionResource {

    private static final String EXECUTIONS = """
            select id, playbook_version, customer_id, trigger_event_id, trigger_type, status, trace, created_at
            from execution where tenant_id = :tenant and playbook_id = :playbook %s
            order by created_at desc, id desc""";
    private static final String STEPS = """
            select execution_id, step, action_type, status, detail, updated_at from execution_step
            where execution_id in (:ids) order by step""";

    private final Mutiny.SessionFactory sessions;
    private final CurrentTenant tenant;

    public ExecutionResource(Mutiny.SessionFactory sessions, CurrentTenant tenant) {
        this.sessions = sessions;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<ExecutionView>> list(@PathParam("playbookId") UUID playbookId, @QueryParam("customerId") UUID customerId,
                                         @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = Paging.limit(limit);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        String filters = (customerId == null ? "" : " and customer_id = :customer")
                + (after == null ? "" : " and (created_at, id) < (:afterAt, :afterId)");
        String tenantId = tenant.id();
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(EXECUTIONS.formatted(filters), Object[].class)
                    .setParameter("tenant", tenantId).setParameter("playbook", playbookId);
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(size + 1).getResultList().chain(rows -> {
                Map<UUID, ExecutionView> page = new LinkedHashMap<>();
                rows.stream().limit(size).forEach(r -> page.put((UUID) r[0], new ExecutionView((UUID) r[0], playbookId,
                        (Integer) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                        PlaybookDefinitions.parse((String) r[6]), new ArrayList<>(), Paging.instant(r[7]))));
                String next = rows.size() > size
                        ? new Paging.Cursor(Paging.instant(rows.get(size - 1)[7]), (UUID) rows.get(size - 1)[0]).encode() : null;
                if (page.isEmpty()) {
                    return Uni.createFrom().item(new Page<>(List.<ExecutionView>of(), null));
                }
                return session.createNativeQuery(STEPS, Object[].class).setParameter("ids", page.keySet()).getResultList()
                        .map(steps -> {
                            steps.forEach(s -> page.get((UUID) s[0]).steps().add(new ExecutionView.Step((Integer) s[1],
                                    (String) s[2], (String) s[3], (String) s[4], Paging.instant(s[5]))));
                            return new Page<>(List.copyOf(page.values()), next);
                        });
            });
        });
    }



}
