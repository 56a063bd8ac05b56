package io.csplatform.healthscore.report;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;

/** The at-risk customers report of the caller's tenant (JSON or CSV) and its weekly e-mail schedule. */
@Path("/api/v1/risk-report")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.CS_LEADER})
public class RiskReportResource {

    static final String CSV = "text/csv";

    private final RiskReports reports;
    private final ReportSchedules schedules;
    private final CurrentTenant tenant;
    private final Clock clock;

    public RiskReportResource(RiskReports reports, ReportSchedules schedules, CurrentTenant tenant, Clock clock) {
        this.reports = reports;
        this.schedules = schedules;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** JSON by default; CSV with {@code Accept: text/csv} or {@code ?format=csv}. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Uni<Response> report(@QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        return reports.of(tenant.id(), clock.instant()).map(report -> csv
                ? Response.ok(RiskReportFormats.csv(report), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"clientes-em-risco-" + report.day() + ".csv\"")
                        .build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/schedule")
    public Uni<ReportSchedule.View> schedule() {
        return schedules.get(tenant.id());
    }

    @PUT
    @Path("/schedule")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<ReportSchedule.View> setSchedule(@Valid @NotNull ReportSchedule body) {
        return schedules.put(tenant.id(), tenant.userId(), body);
    }

    private static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType());
    }
}
