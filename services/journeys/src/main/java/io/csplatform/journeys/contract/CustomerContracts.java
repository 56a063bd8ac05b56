package io.csplatform.journeys.contract;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each customer's contracts (dates and status) and current MRR, projected from {@code cs.contracts.events.v1}, for
 * the {@code {contract.*}} variables of task descriptions.
 */
@ApplicationScoped
public class CustomerContracts {

    private static final String UPSERT_CONTRACT = """
            insert into customer_contract (tenant_id, contract_id, customer_id, start_date, end_date, status)
            values (:tenant, :contract, :customer, :start, :end, :status)
            on conflict (tenant_id, contract_id) do update set customer_id = excluded.customer_id,
                start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status""";
    private static final String STATUS = """
            update customer_contract set status = :status where tenant_id = :tenant and contract_id = :contract""";
    private static final String UPSERT_MRR = """
            insert into customer_mrr (tenant_id, customer_id, mrr, currency) values (:tenant, :customer, :mrr, :currency)
            on conflict (tenant_id, customer_id) do update set mrr = excluded.mrr, currency = excluded.currency""";
    private static final String VARIABLES = """
            select cast(c.start_date as text), cast(c.end_date as text), cast(m.mrr as text)
            from (select 1) as one
            left join lateral (select start_date, end_date from customer_contract
                               where tenant_id = :tenant and customer_id = :customer and status = 'active'
                               order by end_date desc nulls last, start_date desc limit 1) as c on true
            left join customer_mrr m on m.tenant_id = :tenant and m.customer_id = :customer""";

    /** Records a contract's term and status (created, or renewed to a new term). */
    public Uni<Void> term(Mutiny.Session session, String tenantId, UUID contractId, UUID customerId, LocalDate start,
                          LocalDate end, String status) {
        return session.createNativeQuery(UPSERT_CONTRACT)
                .setParameter("tenant", tenantId).setParameter("contract", contractId)
                .setParameter("customer", customerId).setParameter("start", start).setParameter("end", end)
                .setParameter("status", status)
                .executeUpdate().replaceWithVoid();
    }

    /** Marks a known contract cancelled or expired; an unknown one has no term to show and is left out. */
    public Uni<Void> status(Mutiny.Session session, String tenantId, UUID contractId, String status) {
        return session.createNativeQuery(STATUS)
                .setParameter("tenant", tenantId).setParameter("contract", contractId).setParameter("status", status)
                .executeUpdate().replaceWithVoid();
    }

    public Uni<Void> mrr(Mutiny.Session session, String tenantId, UUID customerId, BigDecimal mrr, String currency) {
        return session.createNativeQuery(UPSERT_MRR)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("mrr", mrr).setParameter("currency", currency)
                .executeUpdate().replaceWithVoid();
    }

    /**
     * {@code contract.startDate} and {@code contract.endDate} of the customer's current active contract (the one
     * ending last) and {@code contract.mrr}, the customer's MRR; a variable without a value is absent.
     */
    public Uni<Map<String, String>> variables(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery(VARIABLES, Object[].class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getSingleResult()
                .map(row -> {
                    Map<String, String> values = new HashMap<>();
                    put(values, "contract.startDate", row[0]);
                    put(values, "contract.endDate", row[1]);
                    put(values, "contract.mrr", row[2]);
                    return values;
                });
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }
}
