package io.csplatform.events.payload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The five e-mail commands ({@code email.main-contact}, {@code email.external}, {@code email.contact-type},
 * {@code email.task-contacts}, {@code email.csm}): one e-mail per recipient. {@code to} are addresses the runtime
 * resolved from its facts; {@code userIds} are platform users (CSMs) whose addresses the actions service looks up
 * when it sends. Subject and body are Qute templates ({@code {customer.name}}) rendered with {@code variables}
 * (customer, contact, contract, owner, task) plus {@code recipient} and, for a contact, that contact as
 * {@code contact}.
 */
public record EmailSend(ExecutionStep source, UUID customerId, List<Recipient> to, List<String> userIds,
                        String subject, String body, Map<String, Object> variables) {
}
