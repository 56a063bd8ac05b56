package io.csplatform.runtime.facts;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerMrrChanged;
import io.csplatform.runtime.evaluation.Facts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * The per-customer read model the evaluator works on, fed by every domain event. MRR is the contracts service's
 * figure from {@code customer.mrr.changed} (sum over active contracts), never recomputed here.
 */
@ApplicationScoped
public class FactsProjection {

    private static final String UPSERT_CUSTOMER = """
            insert into customer_facts (tenant_id, customer_id, name, status, main_contact_name, main_contact_email, updated_at)
            values (:tenant, :customer, :name, :status, :contactName, :contactEmail, :at)
            on conflict (tenant_id, customer_id) do update set name = excluded.name, status = excluded.status,
              main_contact_name = excluded.main_contact_name, main_contact_email = excluded.main_contact_email,
              updated_at = excluded.updated_at""";
    private static final String SET_MRR = """
            update customer_facts set mrr = :mrr, updated_at = :at where tenant_id = :tenant and customer_id = :customer""";

    private final Clock clock;

    public FactsProjection(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> apply(Mutiny.Session session, IncomingMessage message) {
        String tenant = message.headers().tenantId();
        if (message.is(CustomerMessages.CUSTOMER_CREATED)) {
            CustomerCreated created = message.payload(CustomerMessages.CUSTOMER_CREATED);
            var contact = created.mainContact();
            return session.createNativeQuery(UPSERT_CUSTOMER)
                    .setParameter("tenant", tenant).setParameter("customer", created.customerId())
                    .setParameter("name", created.name()).setParameter("status", created.status())
                    .setParameter("contactName", contact == null ? null : contact.name())
                    .setParameter("contactEmail", contact == null ? null : contact.email())
                    .setParameter("at", clock.instant())
                    .executeUpdate().replaceWithVoid();
        }
        if (message.is(ContractMessages.CUSTOMER_MRR_CHANGED)) {
            CustomerMrrChanged changed = message.payload(ContractMessages.CUSTOMER_MRR_CHANGED);
            return session.createNativeQuery(SET_MRR)
                    .setParameter("mrr", changed.mrr()).setParameter("at", clock.instant())
                    .setParameter("tenant", tenant).setParameter("customer", changed.customerId())
                    .executeUpdate().replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    public Uni<Facts> load(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery("""
                        select customer_id, name, status, main_contact_name, main_contact_email, mrr
                        from customer_facts where tenant_id = :tenant and customer_id = :customer""", Object[].class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getSingleResultOrNull()
                .onItem().ifNotNull().transform(row -> {
                    Facts empty = Facts.empty((UUID) row[0]);
                    var c = empty.customer();
                    var customer = new Facts.Customer((String) row[1], null, (String) row[2], null, null, null, null,
                            c.products(), c.services(), c.groups(), c.segments(), c.tags(), null, null, false, c.attributes(),
                            (java.math.BigDecimal) row[5], null, null, null);
                    var contacts = row[4] == null ? java.util.List.<Facts.Contact>of() : java.util.List.of(new Facts.Contact(null,
                            (String) row[3], (String) row[4], null, null, java.util.Set.of(), true, false, true, java.util.Map.of()));
                    return new Facts(empty.customerId(), customer, contacts, empty.owners(), empty.contracts(), empty.charges(),
                            empty.tasks(), empty.tickets(), empty.answers(), empty.users(), null, empty.hierarchy(),
                            empty.executions(), empty.ticketsPerDay(), empty.salesPerDay(), empty.tracking());
                });
    }
}
