package io.csplatform.events.payload;

/** Who a task goes to: the holder of an owner type for the customer, or a fixed user. */
public record Assignee(String ownerType, String userId) {
}
