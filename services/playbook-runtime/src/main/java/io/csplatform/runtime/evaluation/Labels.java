package io.csplatform.runtime.evaluation;

/** How a catalog entry is shown in a playbook editor, in English and Portuguese. */
public record Labels(String en, String pt) {
}
