package io.csplatform.finance.customer;

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

/** A customer's charges at a glance: how many are open and overdue, and the overdue amount. */
@Path("/api/v1/customers/{customerId}/finance")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class FinanceSummaryResource {

    private static final String SUMMARY = """
            select count(*) filter (where status = 'open'), count(*) filter (where status = 'overdue'),
                   coalesce(sum(amount) filter (where status = 'overdue'), 0)
            from charge where tenant_id = :tenant and customer_id = :customer""";

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory directory;
    private final CurrentTenant tenant;

    public FinanceSummaryResource(Mutiny.SessionFactory sessions, CustomerDirectory directory, CurrentTenant tenant) {
        this.sessions = sessions;
        this.directory = directory;
        this.tenant = tenant;
    }

    public record FinanceSummary(UUID customerId, long openCharges, long overdueCharges, BigDecimal overdueAmount) {
    }

    @GET
    public Uni<FinanceSummary> get(@PathParam("customerId") UUID customerId) {
        String tenantId = tenant.id();
        return sessions.withSession(session -> directory.exists(session, tenantId, customerId)
                        .chain(known -> !known ? Uni.createFrom().<FinanceSummary>nullItem()
                                : session.createNativeQuery(SUMMARY, Object[].class)
                                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                                .getSingleResult()
                                .map(row -> new FinanceSummary(customerId, ((Number) row[0]).longValue(),
                                        ((Number) row[1]).longValue(), (BigDecimal) row[2]))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }
}
