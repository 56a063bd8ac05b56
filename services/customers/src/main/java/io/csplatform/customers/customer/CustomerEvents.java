package io.csplatform.customers.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.customers.support.JsonFields;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerPortfolioChanged;
import io.csplatform.events.payload.CustomerStatusChanged;
import io.csplatform.events.payload.CustomerTagChanged;
import io.csplatform.events.payload.CustomerUpdated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a change of a customer publishes: {@code customer.updated}, plus the status and tag facts it contains. */
@ApplicationScoped
public class CustomerEvents {

    private final Publisher publisher;

    public CustomerEvents(Publisher publisher) {
        this.publisher = publisher;
    }

    /** An event still to publish: its type and payload. */
    public record Pending<T>(MessageType<T> type, T payload) {
    }

    /** Publishes the changes (none: nothing) in the caller's transaction; {@code cause} is null for a user's request. */
    public Uni<Void> changed(Mutiny.Session session, EventHeaders cause, Customer customer, Map<String, FieldChange> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending<?> event : of(customer, changes)) {
            chain = chain.chain(() -> publish(session, cause, customer, event));
        }
        return chain;
    }

    /** The events a change publishes: customer.updated, then status, portfolio and one per tag added or removed. */
    public static List<Pending<?>> of(Customer customer, Map<String, FieldChange> changes) {
        List<Pending<?>> events = new ArrayList<>();
        if (changes.isEmpty()) {
            return events;
        }
        events.add(new Pending<>(CustomerMessages.CUSTOMER_UPDATED, new CustomerUpdated(customer.id, customer.externalId, changes)));
        FieldChange status = changes.get("status");
        if (status != null) {
            events.add(new Pending<>(CustomerMessages.CUSTOMER_STATUS_CHANGED,
                    new CustomerStatusChanged(customer.id, status.from().asText(), status.to().asText())));
        }
        FieldChange portfolio = changes.get("portfolioId");
        if (portfolio != null) {
            events.add(new Pending<>(CustomerMessages.CUSTOMER_PORTFOLIO_CHANGED,
                    new CustomerPortfolioChanged(customer.id, uuid(portfolio.from()), uuid(portfolio.to()))));
        }
        FieldChange tags = changes.get("tags");
        if (tags != null) {
            JsonFields.missing(tags.to(), tags.from()).forEach(tag -> events.add(new Pending<>(
                    CustomerMessages.CUSTOMER_TAG_CHANGED, new CustomerTagChanged(customer.id, tag, CustomerTagChanged.ADDED))));
            JsonFields.missing(tags.from(), tags.to()).forEach(tag -> events.add(new Pending<>(
                    CustomerMessages.CUSTOMER_TAG_CHANGED, new CustomerTagChanged(customer.id, tag, CustomerTagChanged.REMOVED))));
        }
        return events;
    }

    /**
     * {@code customer.created} for a new customer: the whole model as created, {@code attributes} the custom attribute
     * values it was created with, by key.
     */
    public static CustomerCreated created(Customer c, CustomerCreated.Contact mainContact, Map<String, JsonNode> attributes) {
        return new CustomerCreated(c.id, c.name, c.externalId, c.status, mainContact, c.registrationDate, c.startDate,
                c.endDate, c.plan, List.of(c.products), List.of(c.services), List.of(c.groups), List.of(c.segments),
                List.of(c.tags), c.portfolioId, c.parentId, attributes, c.createdAt);
    }

    private <T> Uni<Void> publish(Mutiny.Session session, EventHeaders cause, Customer customer, Pending<T> event) {
        return publisher.publish(session, cause, customer.tenantId, customer.id, event.type(), event.payload());
    }

    private static java.util.UUID uuid(JsonNode node) {
        return node.isNull() ? null : java.util.UUID.fromString(node.asText());
    }
}
