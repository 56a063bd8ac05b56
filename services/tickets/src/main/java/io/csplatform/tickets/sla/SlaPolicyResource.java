package io.csplatform.tickets.sla;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tickets.ticket.Priorities;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** SLA policies of the tenant, one per priority; set and removed by a {@code cs-admin}. */
@Path("/api/v1/sla-policies")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class SlaPolicyResource {

    /** At most a year, in minutes. */
    private static final int MAX_MINUTES = 525_600;

    public record BusinessHoursRequest(@NotEmpty List<@NotNull DayOfWeek> days, @NotNull LocalTime start,
                                       @NotNull LocalTime end) {
    }

    public record SlaPolicyRequest(@Positive @Max(MAX_MINUTES) Integer firstResponseMinutes,
                                   @Positive @Max(MAX_MINUTES) Integer resolutionMinutes,
                                   @Valid BusinessHoursRequest businessHours) {
    }

    public record SlaPolicyList(List<SlaPolicy> items) {
    }

    private final SlaPolicies policies;
    private final CurrentTenant tenant;

    public SlaPolicyResource(SlaPolicies policies, CurrentTenant tenant) {
        this.policies = policies;
        this.tenant = tenant;
    }

    @GET
    public Uni<SlaPolicyList> list() {
        return policies.of(tenant.id()).map(SlaPolicyList::new);
    }

    /** Sets the policy of a priority (created or replaced); at least one of the two targets. */
    @PUT
    @Path("/{priority}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<SlaPolicy> put(@PathParam("priority") String priority, @Valid @NotNull SlaPolicyRequest body) {
        Priorities.check("priority", priority);
        if (body.firstResponseMinutes() == null && body.resolutionMinutes() == null) {
            throw ProblemException.invalidField("firstResponseMinutes", "a policy needs firstResponseMinutes or resolutionMinutes");
        }
        BusinessHoursRequest hours = body.businessHours();
        if (hours != null && !hours.start().isBefore(hours.end())) {
            throw ProblemException.invalidField("businessHours.end", "must be after businessHours.start");
        }
        return policies.save(tenant.id(), new SlaPolicy(priority, body.firstResponseMinutes(), body.resolutionMinutes(),
                hours == null ? null : new BusinessHours(hours.days(), hours.start(), hours.end())));
    }

    @DELETE
    @Path("/{priority}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> delete(@PathParam("priority") String priority) {
        Priorities.check("priority", priority);
        return policies.delete(tenant.id(), priority).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("SLA policy for priority " + priority);
            }
            return Response.noContent().build();
        });
    }
}
