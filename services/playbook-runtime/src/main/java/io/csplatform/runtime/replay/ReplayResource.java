package io.csplatform.runtime.replay;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code POST /api/v1/playbooks/{id}/replay?version=&from=&to=}: a version over the trigger events of a period,
 * per customer what it would have fired beside what the playbook did fire. Read-only.
 */
@Path("/api/v1/playbooks/{playbookId}/replay")
@RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class ReplayResource {

    private final ReplayService replays;
    private final CurrentTenant tenant;
    private final Clock clock;

    public ReplayResource(ReplayService replays, CurrentTenant tenant, Clock clock) {
        this.clock = clock;
        this.replays = replays;
        this.tenant = tenant;
    }

    @POST
    @Blocking
    public ReplayService.Report replay(@PathParam("playbookId") UUID playbookId, @QueryParam("version") Integer version,
                                       @QueryParam("from") String from, @QueryParam("to") String to) throws Throwable {
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(7)) : instant("from", from);
        return replays.replay(tenant.id(), playbookId, version, start, end);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an instant such as 2026-12-01T00:00:00Z");
        }
    }
}
