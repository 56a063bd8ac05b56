package io.csplatform.events.payload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code notify.csm}: an in-app notification for each user of {@code userIds} and for each user of the tenant
 * holding one of {@code roles} (e.g. {@code cs-admin}, for the platform's own notices). Title and body are templates
 * rendered with {@code variables}. {@code source} is null for a notice that no playbook step caused.
 */
public record NotifyUsers(ExecutionStep source, UUID customerId, List<String> userIds, List<String> roles,
                          String title, String body, String link, Map<String, Object> variables) {
}
