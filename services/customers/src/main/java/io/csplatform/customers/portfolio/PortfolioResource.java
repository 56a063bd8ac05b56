package io.csplatform.customers.portfolio;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Portfolios (carteiras); a customer moves with {@code PATCH /customers/{id} {"portfolioId": ...}}. */
@Path("/api/v1/portfolios")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.INTEGRATION})
public class PortfolioResource {

    public record PortfolioRequest(@NotBlank @Size(max = 100) String name) {
    }

    public record PortfolioView(UUID id, String name) {
        static PortfolioView of(Portfolio portfolio) {
            return new PortfolioView(portfolio.id, portfolio.name);
        }
    }

    private final PortfolioService portfolios;
    private final CurrentTenant tenant;

    public PortfolioResource(PortfolioService portfolios, CurrentTenant tenant) {
        this.portfolios = portfolios;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md), by name. */
    @GET
    public Uni<Page<PortfolioView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        return portfolios.list(tenant.id(), KeyCursor.parse(cursor, 2), size).map(rows -> KeyCursor.page(
                rows.stream().map(PortfolioView::of).toList(), size,
                view -> KeyCursor.of(view.name(), view.id())));
    }

    @GET
    @Path("/{id}")
    public Uni<PortfolioView> get(@PathParam("id") UUID id) {
        return portfolios.get(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id)).map(PortfolioView::of);
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> create(@Valid @NotNull PortfolioRequest body) {
        return portfolios.create(tenant.id(), body.name()).map(p -> Response
                .created(URI.create("/api/v1/portfolios/" + p.id)).entity(PortfolioView.of(p)).build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<PortfolioView> rename(@PathParam("id") UUID id, @Valid @NotNull PortfolioRequest body) {
        return portfolios.rename(tenant.id(), id, body.name()).onItem().ifNull().failWith(() -> notFound(id))
                .map(PortfolioView::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return portfolios.delete(tenant.id(), id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("portfolio " + id);
    }
}
