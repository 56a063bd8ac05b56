package io.csplatform.customers.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.attribute.CustomerAttributes;
import io.csplatform.customers.contact.Contact;
import io.csplatform.customers.customer.CustomerDtos.CreateCustomer;
import io.csplatform.customers.customer.CustomerDtos.CustomerView;
import io.csplatform.customers.portfolio.PortfolioService;
import io.csplatform.customers.status.CustomerStatusService;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Customer use cases: each change and its events commit in one transaction. */
@ApplicationScoped
public class CustomerService {

    private static final String ATTRIBUTE = "attributes.";

    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final CustomerEvents events;
    private final CustomerStatusService statuses;
    private final CustomerAttributes attributes;
    private final Clock clock;

    public CustomerService(Mutiny.SessionFactory sessions, Outbox outbox, CustomerEvents events,
                           CustomerStatusService statuses, CustomerAttributes attributes, Clock clock) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.statuses = statuses;
        this.attributes = attributes;
        this.clock = clock;
    }

    public Uni<CustomerView> create(String tenantId, CreateCustomer request) {
        return Uni.createFrom().item(() -> newCustomer(tenantId, request)).chain(customer -> {
            Contact main = request.mainContact() == null ? null : mainContact(customer, request.mainContact());
            return sessions.withTransaction(session -> statuses.requireKnown(session, tenantId, customer.status, "status")
                            .chain(() -> CustomerHierarchy.check(session, customer))
                            .chain(() -> requirePortfolio(session, customer))
                            .chain(() -> session.persist(customer)).chain(session::flush)
                            .chain(() -> request.attributes() == null ? Uni.createFrom().item(Map.<String, FieldChange>of())
                                    : attributes.apply(session, tenantId, customer.id, EventJson.MAPPER.valueToTree(request.attributes())))
                            .chain(attributeChanges -> (main == null ? Uni.createFrom().voidItem() : session.persist(main))
                                    .chain(() -> outbox.publish(session, Topic.CUSTOMERS_EVENTS, CustomerMessages.CUSTOMER_CREATED,
                                            tenantId, customer.id, created(customer, main, attributeChanges))))
                            .chain(() -> view(session, customer)))
                    .onFailure(UniqueViolation.of("customer_external_id")).transform(e -> duplicateExternalId(customer.externalId));
        });
    }

    public Uni<CustomerView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> find(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transformToUni(customer -> view(session, customer)));
    }

    /** Applies a JSON merge patch; null when the customer is unknown in this tenant. */
    public Uni<CustomerView> patch(String tenantId, UUID id, ObjectNode patch) {
        ObjectNode fields = patch.deepCopy();
        JsonNode attributePatch = fields.remove("attributes");
        return sessions.withTransaction(session -> change(session, null, tenantId, id,
                        customer -> CustomerFields.FIELDS.apply(customer, fields), attributePatch)
                        .onItem().ifNotNull().transformToUni(customer -> view(session, customer)))
                .onFailure(UniqueViolation.of("customer_external_id"))
                .transform(e -> duplicateExternalId(patch.path("externalId").asText()));
    }

    /**
     * Changes a customer inside the caller's transaction (row locked), validates the result and publishes what
     * changed; {@code cause} is the command that asked for it, null for a user's request.
     */
    public Uni<Customer> change(Mutiny.Session session, EventHeaders cause, String tenantId, UUID id,
                                Function<Customer, Map<String, FieldChange>> change) {
        return change(session, cause, tenantId, id, change, null);
    }

    private Uni<Customer> change(Mutiny.Session session, EventHeaders cause, String tenantId, UUID id,
                                 Function<Customer, Map<String, FieldChange>> change, JsonNode attributePatch) {
        return find(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(customer -> {
                    Map<String, FieldChange> changes = new LinkedHashMap<>(change.apply(customer));
                    return (attributePatch == null ? Uni.createFrom().item(Map.<String, FieldChange>of())
                            : attributes.apply(session, tenantId, id, attributePatch))
                            .chain(attributeChanges -> {
                                changes.putAll(attributeChanges);
                                return publishChanges(session, cause, tenantId, customer, changes);
                            });
                });
    }

    private Uni<Customer> publishChanges(Mutiny.Session session, EventHeaders cause, String tenantId, Customer customer,
                                         Map<String, FieldChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(customer);
        }
        customer.updatedAt = clock.instant();
        return (changes.containsKey("status")
                ? statuses.requireKnown(session, tenantId, customer.status, "status")
                : Uni.createFrom().voidItem())
                .chain(() -> changes.containsKey("parentId")
                        ? CustomerHierarchy.check(session, customer) : Uni.createFrom().voidItem())
                .chain(() -> changes.containsKey("portfolioId")
                        ? requirePortfolio(session, customer) : Uni.createFrom().voidItem())
                .chain(session::flush)
                .chain(() -> events.changed(session, cause, customer, changes))
                .replaceWith(customer);
    }

    /** Applies a merge patch to a customer in memory (validated), answering what changed; for {@link #change}. */
    public static Map<String, FieldChange> apply(Customer customer, ObjectNode patch) {
        return CustomerFields.FIELDS.apply(customer, patch);
    }

    /** Archives (soft-deletes) a customer; false when it is unknown in this tenant. */
    public Uni<Boolean> archive(String tenantId, UUID id) {
        return sessions.withTransaction(session -> change(session, null, tenantId, id, customer -> {
            if (customer.archivedAt != null) {
                return Map.of();
            }
            customer.archivedAt = clock.instant();
            return Map.of("archivedAt", new FieldChange(EventJson.MAPPER.nullNode(),
                    EventJson.MAPPER.getNodeFactory().textNode(customer.archivedAt.toString())));
        }).map(customer -> customer != null));
    }

    /** The customer of this tenant, or null. */
    public static Uni<Customer> find(Mutiny.Session session, String tenantId, UUID id, LockModeType lock) {
        return session.createSelectionQuery("from Customer where tenantId = :tenant and id = :id", Customer.class)
                .setParameter("tenant", tenantId).setParameter("id", id).setLockMode(lock)
                .getSingleResultOrNull();
    }

    private static Uni<Void> requirePortfolio(Mutiny.Session session, Customer customer) {
        if (customer.portfolioId == null) {
            return Uni.createFrom().voidItem();
        }
        return PortfolioService.find(session, customer.tenantId, customer.portfolioId).invoke(portfolio -> {
            if (portfolio == null) {
                throw ProblemException.invalidField("portfolioId", "unknown portfolio " + customer.portfolioId);
            }
        }).replaceWithVoid();
    }

    private Uni<CustomerView> view(Mutiny.Session session, Customer customer) {
        return attributes.values(session, customer.id).chain(values -> session
                .createSelectionQuery("from Contact where tenantId = :tenant and customerId = :id and main", Contact.class)
                .setParameter("tenant", customer.tenantId).setParameter("id", customer.id)
                .getSingleResultOrNull()
                .map(main -> CustomerView.of(customer, main, values)));
    }

    private Customer newCustomer(String tenantId, CreateCustomer request) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.status = "active";
        customer.createdAt = clock.instant();
        ObjectNode fields = EventJson.MAPPER.valueToTree(request);
        fields.remove("mainContact");
        fields.remove("attributes");
        CustomerFields.FIELDS.apply(customer, fields);
        return customer;
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

    /** {@code attributeChanges} are the values the request set, as {@code attributes.<key>} changes from nothing. */
    private static CustomerCreated created(Customer customer, Contact main, Map<String, FieldChange> attributeChanges) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        attributeChanges.forEach((field, change) -> values.put(field.substring(ATTRIBUTE.length()), change.to()));
        return CustomerEvents.created(customer,
                main == null ? null : new CustomerCreated.Contact(main.id, main.name, main.email), values);
    }

    private static ProblemException duplicateExternalId(String externalId) {
        String detail = "a customer with externalId '" + externalId + "' already exists";
        return new ProblemException(new Problem("https://csplatform.io/problems/duplicate-external-id", "Conflict", 409,
                detail, List.of(new Problem.FieldError("externalId", detail))));
    }
}
