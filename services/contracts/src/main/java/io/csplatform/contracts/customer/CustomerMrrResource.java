package io.csplatform.contracts.customer;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.util.UUID;

/** The customer's current MRR and ARR (sum over its active contracts), as published in {@code customer.mrr.changed}. */
@Path("/api/v1/customers/{customerId}/mrr")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerMrrResource {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory directory;
    private final CustomerMrr customerMrr;
    private final CurrentTenant tenant;

    public CustomerMrrResource(Mutiny.SessionFactory sessions, CustomerDirectory directory, CustomerMrr customerMrr,
                               CurrentTenant tenant) {
        this.sessions = sessions;
        this.directory = directory;
        this.customerMrr = customerMrr;
        this.tenant = tenant;
    }

    public record MrrView(UUID customerId, BigDecimal mrr, BigDecimal arr) {
    }

    @GET
    public Uni<MrrView> get(@PathParam("customerId") UUID customerId) {
        String tenantId = tenant.id();
        return sessions.withSession(session -> directory.exists(session, tenantId, customerId)
                .chain(known -> !known ? Uni.createFrom().<MrrView>nullItem()
                        : customerMrr.activeMrr(session, tenantId, customerId)
                        .map(mrr -> new MrrView(customerId, mrr, mrr.multiply(MONTHS)))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }
}
