package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.common.annotation.Blocking;
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

    private final ImportService imports;
    private final ContactImportService contactImports;
    private final ImportJobs jobs;
    private final CurrentTenant tenant;

    public ImportResource(ImportService imports, ContactImportService contactImports, ImportJobs jobs,
                          CurrentTenant tenant) {
        this.imports = imports;
        this.contactImports = contactImports;
        this.jobs = jobs;
        this.tenant = tenant;
    }

    @POST
    @Path("/customers")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Blocking
    public Response start(InputStream csv) {
        ImportJob.View job = imports.start(tenant.id(), csv);
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    /** Contacts of existing customers, matched by e-mail (else name) within the customer: see ContactImportRows. */
    @POST
    @Path("/contacts")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Blocking
    public Response startContacts(InputStream csv) {
        ImportJob.View job = contactImports.start(tenant.id(), csv);
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    public ImportJob.View progress(@PathParam("id") UUID id) {
        ImportJob.View job = jobs.progress(tenant.id(), id);
        if (job == null) {
            throw ProblemException.notFound("import " + id);
        }
        return job;
    }
}
