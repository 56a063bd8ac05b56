package io.csplatform.runtime.evaluation;

/** A mistake in a playbook document, at a JSON path such as {@code actions[1].params.title}. */
public record PathError(String path, String message) {
}
