package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ContractCancelled;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.ContractExpired;
import io.csplatform.events.payload.ContractMrrChanged;
import io.csplatform.events.payload.ContractRenewed;
import io.csplatform.events.payload.CustomerMrrChanged;

import java.util.List;

/** Events of the contracts service ({@code cs.contracts.events.v1}). */
public final class ContractMessages {

    public static final MessageType<ContractCreated> CONTRACT_CREATED =
            new MessageType<>("contract.created", ContractCreated.class, Kind.EVENT);
    public static final MessageType<ContractMrrChanged> CONTRACT_MRR_CHANGED =
            new MessageType<>("contract.mrr.changed", ContractMrrChanged.class, Kind.EVENT);
    public static final MessageType<ContractRenewed> CONTRACT_RENEWED =
            new MessageType<>("contract.renewed", ContractRenewed.class, Kind.EVENT);
    public static final MessageType<ContractCancelled> CONTRACT_CANCELLED =
            new MessageType<>("contract.cancelled", ContractCancelled.class, Kind.EVENT);
    public static final MessageType<ContractExpired> CONTRACT_EXPIRED =
            new MessageType<>("contract.expired", ContractExpired.class, Kind.EVENT);
    public static final MessageType<CustomerMrrChanged> CUSTOMER_MRR_CHANGED =
            new MessageType<>("customer.mrr.changed", CustomerMrrChanged.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(CONTRACT_CREATED, CONTRACT_MRR_CHANGED, CONTRACT_RENEWED,
            CONTRACT_CANCELLED, CONTRACT_EXPIRED, CUSTOMER_MRR_CHANGED);

    private ContractMessages() {
    }
}
