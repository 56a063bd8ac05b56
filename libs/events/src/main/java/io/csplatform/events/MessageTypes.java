package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.EmailMainContact;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.JourneyTaskCreated;

import java.util.List;
import java.util.Optional;

/** Every event and command type the platform publishes, each with its schema under {@code contracts/}. */
public final class MessageTypes {

    public static final MessageType<CustomerCreated> CUSTOMER_CREATED =
            new MessageType<>("customer.created", CustomerCreated.class, Kind.EVENT);
    public static final MessageType<ContractCreated> CONTRACT_CREATED =
            new MessageType<>("contract.created", ContractCreated.class, Kind.EVENT);
    public static final MessageType<JourneyTaskCreated> JOURNEY_TASK_CREATED =
            new MessageType<>("journey.task.created", JourneyTaskCreated.class, Kind.EVENT);
    public static final MessageType<ActionResult> ACTION_RESULT =
            new MessageType<>("action.result", ActionResult.class, Kind.EVENT);

    public static final MessageType<EmailMainContact> EMAIL_MAIN_CONTACT =
            new MessageType<>("email.main-contact", EmailMainContact.class, Kind.COMMAND);
    public static final MessageType<JourneyTaskCreate> JOURNEY_TASK_CREATE =
            new MessageType<>("journey.task.create", JourneyTaskCreate.class, Kind.COMMAND);

    public static final List<MessageType<?>> ALL = List.of(
            CUSTOMER_CREATED, CONTRACT_CREATED, JOURNEY_TASK_CREATED, ACTION_RESULT,
            EMAIL_MAIN_CONTACT, JOURNEY_TASK_CREATE);

    private MessageTypes() {
    }

    public static Optional<MessageType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
