package io.csplatform.surveys.report;

import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.surveys.contact.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.Clock;

/** NPS and CSAT of the whole tenant, every customer's answers together (days in the tenant's zone). */
@Path("/api/v1")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TenantReportResource {

    private final SurveyReports reports;
    private final TenantZones zones;
    private final CurrentTenant tenant;
    private final Clock clock;

    public TenantReportResource(SurveyReports reports, TenantZones zones, CurrentTenant tenant, Clock clock) {
        this.reports = reports;
        this.zones = zones;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    @Path("/nps")
    public Uni<Figures.Nps> nps(@QueryParam("from") String from, @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return zones.of(tenantId).chain(zone -> reports.nps(tenantId, null, Period.of(from, to, zone, clock)));
    }

    @GET
    @Path("/csat")
    public Uni<Figures.Csat> csat(@QueryParam("from") String from, @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return zones.of(tenantId).chain(zone -> reports.csat(tenantId, null, Period.of(from, to, zone, clock)));
    }
}
