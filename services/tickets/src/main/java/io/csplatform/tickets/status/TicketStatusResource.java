package io.csplatform.tickets.status;

import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.util.List;

/** The tenant's ticket statuses, in order, each open or closed; replaced whole by a {@code cs-admin}. */
@Path("/api/v1/ticket-statuses")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TicketStatusResource {

    public record StatusRequest(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9_-]{0,39}", message = "must be 1 to 40 lower-case letters, digits, '-' or '_'")
            String name,
            @NotNull Boolean closed) {
    }

    public record StatusListRequest(@NotNull @Size(min = 2, max = 30) List<@NotNull @Valid StatusRequest> items) {
        StatusList toList() {
            return new StatusList(items.stream().map(item -> new StatusList.Status(item.name(), item.closed())).toList());
        }
    }

    private final TicketStatuses statuses;
    private final CurrentTenant tenant;

    public TicketStatusResource(TicketStatuses statuses, CurrentTenant tenant) {
        this.statuses = statuses;
        this.tenant = tenant;
    }

    @GET
    public Uni<StatusList> list() {
        return statuses.of(tenant.id());
    }

    @PUT
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<StatusList> replace(@Valid @NotNull StatusListRequest body) {
        return statuses.replace(tenant.id(), body.toList());
    }
}
