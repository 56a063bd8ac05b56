package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.EmailMainContact;

import java.util.List;

/** Action commands from the runtime ({@code cs.actions.commands.v1}) and their results ({@code cs.actions.results.v1}). */
public final class ActionMessages {

    public static final MessageType<ActionResult> ACTION_RESULT =
            new MessageType<>("action.result", ActionResult.class, Kind.EVENT);
    public static final MessageType<EmailMainContact> EMAIL_MAIN_CONTACT =
            new MessageType<>("email.main-contact", EmailMainContact.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(ACTION_RESULT, EMAIL_MAIN_CONTACT);

    private ActionMessages() {
    }
}
