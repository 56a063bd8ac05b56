package io.csplatform.customers.command;

import io.csplatform.events.payload.OwnerAssign;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Picks the pool user for "fewest customers" or "lowest MRR" on one owner type; MRR is summed in the tenant's base
 * currency only (tenant settings; never across currencies), MRR in other currencies does not count. A transaction-scoped advisory lock
 * per tenant and owner type serialises concurrent picks, so simultaneous assignments see each other's result.
 * Ties go to the smallest user id.
 */
final class OwnerBalancer {

    private static final String LOCK =
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) as locked";
    private static final String PICK = """
            select p.user_id from (values %s) as p(user_id)
            cross join (select coalesce((select currency from tenant_settings where tenant_id = :tenant), 'BRL')
                        as currency) as base
            left join customer_owner o on o.user_id = p.user_id and o.tenant_id = :tenant
                 and o.owner_type_id = :type and o.customer_id <> :customer
            left join customer_mrr m on m.customer_id = o.customer_id and m.tenant_id = :tenant
                 and coalesce(m.currency, base.currency) = base.currency
            group by p.user_id
            order by %s, p.user_id
            limit 1""";

    private OwnerBalancer() {
    }

    static Uni<String> pick(Mutiny.Session session, String tenantId, UUID ownerTypeId, UUID customerId, String operator,
                            List<String> pool) {
        String values = IntStream.range(0, pool.size()).mapToObj(i -> "(cast(:u" + i + " as varchar))")
                .collect(Collectors.joining(", "));
        String order = OwnerAssign.LOWEST_MRR.equals(operator)
                ? "coalesce(sum(m.mrr), 0), count(o.customer_id)"
                : "count(o.customer_id)";
        var query = session.createNativeQuery(PICK.formatted(values, order), String.class)
                .setParameter("tenant", tenantId).setParameter("type", ownerTypeId).setParameter("customer", customerId);
        for (int i = 0; i < pool.size(); i++) {
            query.setParameter("u" + i, pool.get(i));
        }
        return session.createNativeQuery(LOCK).setParameter("key", tenantId + ":" + ownerTypeId).getSingleResult()
                .chain(() -> query.getSingleResult());
    }
}
