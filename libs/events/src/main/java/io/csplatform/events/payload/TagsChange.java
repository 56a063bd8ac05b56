package io.csplatform.events.payload;

import java.util.List;
import java.util.UUID;

/**
 * Command {@code tags.change}: adds and removes tags of a customer (a tag in both lists ends removed); {@code source}
 * is the playbook step that asked for it, if any.
 */
public record TagsChange(ExecutionStep source, UUID customerId, List<String> add, List<String> remove) {
}
