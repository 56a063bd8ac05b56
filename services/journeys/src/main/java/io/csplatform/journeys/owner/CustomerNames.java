package io.csplatform.journeys.owner;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;

/** Customer names, projected from customer.created / customer.updated, for {@code {customer.name}} in descriptions. */
@ApplicationScoped
public class CustomerNames {

    private static final String UPSERT = """
            insert into customer_name (tenant_id, customer_id, name) values (:tenant, :customer, :name)
            on conflict (tenant_id, customer_id) do update set name = excluded.name""";

    public Uni<Void> apply(Mutiny.Session session, String tenantId, UUID customerId, String name) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("customer", customerId).setParameter("name", name)
                .executeUpdate().replaceWithVoid();
    }

    /** The customer's name, or null when the service has not heard of the customer. */
    public Uni<String> of(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery("select name from customer_name where tenant_id = :tenant and customer_id = :customer",
                        String.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getResultList()
                .map(List::stream)
                .map(names -> names.findFirst().orElse(null));
    }
}
