package io.csplatform.events.payload;

import java.util.Map;
import java.util.UUID;

/**
 * {@code email.main-contact}: e-mail the customer's main contact. Subject and body are templates
 * ({@code {customer.name}}) rendered by the actions service with {@code variables}, the facts the runtime
 * saw when it decided.
 */
public record EmailMainContact(ExecutionStep source, UUID customerId, Recipient to, String subject, String body,
                               Map<String, Object> variables) {

    public record Recipient(String name, String email) {
    }
}
