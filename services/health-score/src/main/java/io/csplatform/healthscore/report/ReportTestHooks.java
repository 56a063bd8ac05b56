package io.csplatform.healthscore.report;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Test-only trigger, off unless {@code cs.test-hooks.enabled=true} (the e2e platform sets it): runs the weekly report
 * sweep as of {@code at}, so "Monday 09:00 local" is tested without waiting for it. 404 when off. The instant is the
 * sweep's only input from the clock: one controllable clock for every service can replace it later.
 */
@Path("/api/v1/test-hooks/risk-report-sweep")
@RolesAllowed(Roles.CS_ADMIN)
public class ReportTestHooks {

    private final WeeklyReportSweep sweep;
    private final boolean enabled;

    public ReportTestHooks(WeeklyReportSweep sweep,
                           @ConfigProperty(name = "cs.test-hooks.enabled", defaultValue = "false") boolean enabled) {
        this.sweep = sweep;
        this.enabled = enabled;
    }

    @POST
    public Uni<Map<String, List<String>>> run(@QueryParam("at") String at) {
        if (!enabled) {
            throw ProblemException.notFound("test hooks");
        }
        Instant instant;
        try {
            instant = Instant.parse(at == null ? "" : at);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("at", "must be an ISO-8601 instant");
        }
        return sweep.runAt(instant).map(tenants -> Map.of("sent", tenants));
    }
}
