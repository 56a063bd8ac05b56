package io.csplatform.healthscore.inputs;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer's contracts for the renewal measure: end date and whether running, the newest fact by its time wins
 * (created and renewed run it to their end date, cancelled and expired end it).
 */
@ApplicationScoped
public class ContractProjection {

    private static final String UPSERT = """
            insert into contract_state (tenant_id, contract_id, customer_id, end_date, active, changed_at)
            values (:tenant, :contract, :customer, :end, :active, :at)
            on conflict (tenant_id, contract_id) do update set end_date = coalesce(excluded.end_date, contract_state.end_date),
              active = excluded.active, changed_at = excluded.changed_at
            where contract_state.changed_at <= excluded.changed_at""";

    /** A running contract ending on {@code endDate} (null: open-ended), or, with {@code active} false, an ended one. */
    public Uni<Integer> upsert(Mutiny.Session session, String tenant, UUID contract, UUID customer, LocalDate endDate,
                               boolean active, Instant at) {
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant).setParameter("contract", contract)
                .setParameter("customer", customer).setParameter("end", endDate).setParameter("active", active)
                .setParameter("at", at).executeUpdate();
    }
}
