package io.csplatform.runtime.facts;

import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.tenant.TenantZones;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/** The facts the runtime evaluates for a customer: exactly what a condition sees. */
@Path("/api/v1/customers/{id}/facts")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class FactsResource {

    private final Mutiny.SessionFactory sessions;
    private final FactsProjection projection;
    private final TenantZones zones;
    private final CurrentTenant tenant;
    private final Clock clock;

    public FactsResource(Mutiny.SessionFactory sessions, FactsProjection projection, TenantZones zones,
                         CurrentTenant tenant, Clock clock) {
        this.sessions = sessions;
        this.projection = projection;
        this.zones = zones;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    public Uni<Facts> facts(@PathParam("id") UUID customerId) {
        String tenantId = tenant.id();
        return sessions.withSession(session -> zones.zone(session, tenantId)
                        .chain(zone -> projection.load(session, tenantId, customerId, clock.instant().atZone(zone).toLocalDate())))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }
}
