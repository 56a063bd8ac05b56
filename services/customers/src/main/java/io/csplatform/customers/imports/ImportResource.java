package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/** Bulk import of customers (with their main contacts) and of contacts from CSV: 202 at once, progress and row errors at its URL. */
@Path("/api/v1/imports")
@RolesAllowed({Roles.CS_ADMIN, Roles.INTEGRATION})
public class ImportResource {

    private final ImportRunner runner;
    private final ImportJobQueries jobs;
    private final CurrentTenant tenant;

    public ImportResource(ImportRunner runner, ImportJobQueries jobs, CurrentTenant tenant) {
        this.runner = runner;
        this.jobs = jobs;
        this.tenant = tenant;
    }

    @POST
    @Path("/customers")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Blocking
    public Response start(InputStream csv) {
        return started(runner.start(ImportService.KIND, tenant.id(), csv));
    }

    /** Contacts of existing customers, matched by e-mail (else name) within the customer: see ContactImportRows. */
    @POST
    @Path("/contacts")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Blocking
    public Response startContacts(InputStream csv) {
        return started(runner.start(ContactImportService.KIND, tenant.id(), csv));
    }

    /** The job's progress as stored: any instance answers it, whichever runs the job. */
    @GET
    @Path("/{id}")
    public Uni<ImportJob.View> progress(@PathParam("id") UUID id) {
        return jobs.view(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("import " + id));
    }

    private Response started(UUID id) {
        ImportJob.View job = jobs.view(tenant.id(), id).await().indefinitely();
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + id)).build();
    }
}
