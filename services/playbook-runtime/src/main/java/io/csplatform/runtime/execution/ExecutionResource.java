package io.csplatform.runtime.execution;

import io.csplatform.rest.Page;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/playbooks/{playbookId}/executions")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class ExecutionResource {

    private static final String QUERY = """
            select e.id, e.playbook_version, e.customer_id, e.trigger_event_id, e.trigger_type, e.status, e.trace,
                   e.created_at, s.step, s.action_type, s.status, s.detail, s.updated_at
            from execution e left join execution_step s on s.execution_id = e.id
            where e.tenant_id = :tenant and e.playbook_id = :playbook
            order by e.created_at desc, s.step""";

    private final Mutiny.SessionFactory sessions;
    private final CurrentTenant tenant;

    public ExecutionResource(Mutiny.SessionFactory sessions, CurrentTenant tenant) {
        this.sessions = sessions;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<ExecutionView>> list(@PathParam("playbookId") UUID playbookId) {
        return sessions.withSession(session -> session.createNativeQuery(QUERY, Object[].class)
                .setParameter("tenant", tenant.id()).setParameter("playbook", playbookId)
                .setMaxResults(500)
                .getResultList()
                .map(rows -> Page.of(views(playbookId, rows))));
    }

    private static List<ExecutionView> views(UUID playbookId, List<Object[]> rows) {
        Map<UUID, ExecutionView> executions = new LinkedHashMap<>();
        for (Object[] r : rows) {
            ExecutionView view = executions.computeIfAbsent((UUID) r[0], id -> new ExecutionView(id, playbookId,
                    (Integer) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                    PlaybookDefinitions.parse((String) r[6]), new ArrayList<>(), instant(r[7])));
            if (r[8] != null) {
                view.steps().add(new ExecutionView.Step((Integer) r[8], (String) r[9], (String) r[10], (String) r[11],
                        instant(r[12])));
            }
        }
        return List.copyOf(executions.values());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
