package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerUpdated;
import io.csplatform.events.payload.CustomerOwnerChanged;

import java.util.List;

/** Events of the customers service ({@code cs.customers.events.v1}) and its commands ({@code cs.customers.commands.v1}). */
public final class CustomerMessages {

    public static final MessageType<CustomerCreated> CUSTOMER_CREATED =
            new MessageType<>("customer.created", CustomerCreated.class, Kind.EVENT);
    public static final MessageType<CustomerUpdated> CUSTOMER_UPDATED =
            new MessageType<>("customer.updated", CustomerUpdated.class, Kind.EVENT);
    public static final MessageType<CustomerOwnerChanged> CUSTOMER_OWNER_CHANGED =
            new MessageType<>("customer.owner.changed", CustomerOwnerChanged.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_OWNER_CHANGED);

    private CustomerMessages() {
    }
}
