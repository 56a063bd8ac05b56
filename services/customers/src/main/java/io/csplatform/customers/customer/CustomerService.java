package io.csplatform.customers.customer;

import io.csplatform.customers.customer.CustomerDtos.CreateCustomer;
import io.csplatform.customers.customer.CustomerDtos.CustomerView;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.outbox.Outbox;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/** Customer use cases: each change and its event commit in one transaction. */
@ApplicationScoped
public class CustomerService {

    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final Clock clock;

    public CustomerService(Mutiny.SessionFactory sessions, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<CustomerView> create(String tenantId, CreateCustomer request) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.name = request.name().strip();
        customer.externalId = request.externalId();
        customer.status = request.status() == null ? "active" : request.status();
        customer.createdAt = clock.instant();
        Contact main = request.mainContact() == null ? null : mainContact(customer, request.mainContact());

        return sessions.withTransaction(session -> rejectDuplicateExternalId(session, customer)
                .chain(() -> session.persist(customer))
                .chain(() -> main == null ? Uni.createFrom().voidItem() : session.persist(main))
                .chain(() -> outbox.publish(session, Topic.CUSTOMERS_EVENTS, CustomerMessages.CUSTOMER_CREATED,
                        tenantId, customer.id, created(customer, main)))
                .replaceWith(CustomerView.of(customer, main)));
    }

    public Uni<CustomerView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> session
                .createSelectionQuery("from Customer where tenantId = :tenant and id = :id", Customer.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .getSingleResultOrNull()
                .onItem().ifNotNull().transformToUni(customer -> session
                        .createSelectionQuery("from Contact where tenantId = :tenant and customerId = :id and main",
                                Contact.class)
                        .setParameter("tenant", tenantId).setParameter("id", id)
                        .getSingleResultOrNull()
                        .map(main -> CustomerView.of(customer, main))));
    }

    private Uni<Void> rejectDuplicateExternalId(Mutiny.Session session, Customer customer) {
        if (customer.externalId == null) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery(
                        "select count(*) from Customer where tenantId = :tenant and externalId = :externalId", Long.class)
                .setParameter("tenant", customer.tenantId).setParameter("externalId", customer.externalId)
                .getSingleResult()
                .invoke(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("duplicate-external-id",
                                "a customer with externalId '" + customer.externalId + "' already exists");
                    }
                })
                .replaceWithVoid();
    }

    private Contact mainContact(Customer customer, CustomerDtos.NewContact request) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.tenantId = customer.tenantId;
        contact.customerId = customer.id;
        contact.name = request.name().strip();
        contact.email = request.email().strip();
        contact.main = true;
        contact.createdAt = customer.createdAt;
        return contact;
    }

    private static CustomerCreated created(Customer customer, Contact main) {
        return new CustomerCreated(customer.id, customer.name, customer.externalId, customer.status,
                main == null ? null : new CustomerCreated.Contact(main.id, main.name, main.email));
    }
}
