package io.csplatform.journeys.support;

import io.csplatform.rest.ProblemException;

import java.util.function.Function;

/** Turns a unique-index violation (SQL state 23505) into a 409; anything else passes through. */
public final class Conflicts {

    private Conflicts() {
    }

    public static Function<Throwable, Throwable> onDuplicate(String slug, String detail) {
        return failure -> isDuplicate(failure) ? ProblemException.conflict(slug, detail) : failure;
    }

    static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("23505") || message.contains("duplicate key")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
