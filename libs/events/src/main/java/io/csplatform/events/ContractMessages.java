package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.CustomerMrrChanged;

import java.util.List;

/** Events of the contracts service ({@code cs.contracts.events.v1}). */
public final class ContractMessages {

    public static final MessageType<ContractCreated> CONTRACT_CREATED =
            new MessageType<>("contract.created", ContractCreated.class, Kind.EVENT);
    public static final MessageType<CustomerMrrChanged> CUSTOMER_MRR_CHANGED =
            new MessageType<>("customer.mrr.changed", CustomerMrrChanged.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(CONTRACT_CREATED, CUSTOMER_MRR_CHANGED);

    private ContractMessages() {
    }
}
