package io.csplatform.tracking.ingest;

/** Why the item at {@code index} of a batch was refused, naming the field ({@code events[3].occurredAt}). */
public record ItemError(int index, String field, String reason) {
}
