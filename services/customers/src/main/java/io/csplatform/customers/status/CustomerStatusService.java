package io.csplatform.customers.status;

import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * The customer statuses of a tenant: a configurable list, starting as active / onboarding / churned / inactive. It is
 * a vocabulary, not data that grows: at most {@link #MAX} statuses per tenant, so the list is answered whole.
 */
@ApplicationScoped
public class CustomerStatusService {

    private static final String ENSURE_DEFAULTS = """
            insert into customer_status (tenant_id, code, position)
            select :tenant, code, position
            from (values ('active', 1), ('onboarding', 2), ('churned', 3), ('inactive', 4)) as defaults(code, position)
            where not exists (select 1 from customer_status where tenant_id = :tenant)
            on conflict do nothing""";
    private static final String ADD = """
            insert into customer_status (tenant_id, code, position)
            select :tenant, :code, coalesce(max(position), 0) + 1 from customer_status where tenant_id = :tenant""";

    /** The most statuses a tenant may have; one more is a 409 naming {@code code}. */
    public static final int MAX = 100;

    private final Mutiny.SessionFactory sessions;

    public CustomerStatusService(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<List<String>> list(String tenantId) {
        return sessions.withTransaction(session -> list(session, tenantId));
    }

    public Uni<List<String>> add(String tenantId, String code) {
        return sessions.withTransaction(session -> ensureDefaults(session, tenantId)
                        .chain(() -> list(session, tenantId)).invoke(codes -> {
                            if (codes.size() >= MAX && !codes.contains(code)) {
                                String detail = "a tenant has at most " + MAX + " customer statuses";
                                throw new ProblemException(new Problem("https://csplatform.io/problems/too-many-statuses",
                                        "Conflict", 409, detail, List.of(new Problem.FieldError("code", detail))));
                            }
                        })
                        .chain(() -> session.createNativeQuery(ADD).setParameter("tenant", tenantId)
                                .setParameter("code", code).executeUpdate())
                        .chain(() -> list(session, tenantId)))
                .onFailure(UniqueViolation.of("customer_status_pkey")).transform(e -> new ProblemException(new Problem(
                        "https://csplatform.io/problems/duplicate-status", "Conflict", 409, "status '" + code + "' exists",
                        List.of(new Problem.FieldError("code", "status '" + code + "' exists")))));
    }

    /** Fails with a 400 naming {@code field} unless {@code code} is one of the tenant's statuses. */
    public Uni<Void> requireKnown(Mutiny.Session session, String tenantId, String code, String field) {
        return list(session, tenantId).invoke(codes -> {
            if (!codes.contains(code)) {
                throw ProblemException.invalidField(field, "unknown status '" + code + "'; the tenant's statuses are " + codes);
            }
        }).replaceWithVoid();
    }

    private Uni<List<String>> list(Mutiny.Session session, String tenantId) {
        return ensureDefaults(session, tenantId)
                .chain(() -> session.createNativeQuery(
                                "select code from customer_status where tenant_id = :tenant order by position", String.class)
                        .setParameter("tenant", tenantId).getResultList());
    }

    private static Uni<Void> ensureDefaults(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(ENSURE_DEFAULTS)
                .setParameter("tenant", tenantId)
                .executeUpdate().replaceWithVoid();
    }
}
