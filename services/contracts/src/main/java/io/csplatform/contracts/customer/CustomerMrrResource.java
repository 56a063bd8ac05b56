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
import java.util.List;
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

    /** MRR and ARR in {@code currency} (that of the customer's active contracts; null when it has none). */
    public record MrrView(UUID customerId, BigDecimal mrr, BigDecimal arr, String currency) {
    }

    @GET
    public Uni<MrrView> get(@PathParam("customerId") UUID customerId) {
        String tenantId = tenant.id();
        return sessions.withSession(session -> directory.exists(session, tenantId, customerId)
                .chain(known -> !known ? Uni.createFrom().<MrrView>nullItem()
                        : customerMrr.activeMrrByCurrency(session, tenantId, customerId)
                        .map(sums -> view(customerId, sums))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }

    private static MrrView view(UUID customerId, List<Object[]> sums) {
        if (sums.isEmpty()) {
            return new MrrView(customerId, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
        if (sums.size() > 1) {
            // contracts registered before the one-currency rule: never add them up
            throw ProblemException.conflict("mrr-currency-mismatch", "the customer's active contracts are in "
                    + sums.stream().map(sum -> (String) sum[0]).toList() + "; its MRR has no single sum");
        }
        BigDecimal mrr = (BigDecimal) sums.get(0)[1];
        return new MrrView(customerId, mrr, mrr.multiply(MONTHS), (String) sums.get(0)[0]);
    }
}
