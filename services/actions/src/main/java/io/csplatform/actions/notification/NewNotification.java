package io.csplatform.actions.notification;

import java.util.UUID;

/**
 * What to tell users: a title (required), an optional body, customer and link, a kind ({@code playbook},
 * {@code system}, ...) and, for a playbook's {@code notify.csm}, the execution and step that caused it, which together
 * make a redelivered command a no-op per user.
 */
public record NewNotification(String title, String body, UUID customerId, String link, String kind, UUID executionId,
                              Integer step) {

    public static final String PLAYBOOK = "playbook";
    public static final String SYSTEM = "system";

    public NewNotification {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a notification needs a title");
        }
        if (kind == null || kind.isBlank() || kind.length() > 50) {
            throw new IllegalArgumentException("a notification needs a kind of at most 50 characters");
        }
        if ((executionId == null) != (step == null)) {
            throw new IllegalArgumentException("executionId and step go together");
        }
    }
}
