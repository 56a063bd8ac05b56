package io.csplatform.runtime.playbook;

import io.csplatform.rest.ProblemException;

import java.util.Locale;

/**
 * What an update ({@code PUT /api/v1/playbooks/{id}?delayedSteps=}) does to the steps still waiting under earlier
 * versions: {@link #KEEP} (the default) lets each run as its version defined it when due; {@link #CANCEL} records
 * them SKIPPED, with a reason naming the new version, in the transaction of the edit.
 */
public enum DelayedStepsPolicy {
    KEEP, CANCEL;

    /** The query parameter's name, also the field a bad value's problem names. */
    public static final String PARAMETER = "delayedSteps";

    /** {@code keep} (also when absent) or {@code cancel}, any case; 400 naming {@link #PARAMETER} otherwise. */
    public static DelayedStepsPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return KEEP;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(PARAMETER, "must be keep or cancel, not '" + value + "'");
        }
    }

    /** As written in the API and the audit: {@code keep} or {@code cancel}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
