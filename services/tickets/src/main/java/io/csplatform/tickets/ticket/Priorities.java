package io.csplatform.tickets.ticket;

import io.csplatform.rest.ProblemException;

import java.util.List;

/** Ticket priorities, lowest first; {@code normal} when none is given. */
public final class Priorities {

    public static final String NORMAL = "normal";
    public static final List<String> ALL = List.of("low", NORMAL, "high", "urgent");
    public static final String PATTERN = "low|normal|high|urgent";
    public static final String MESSAGE = "must be one of low, normal, high, urgent";

    private Priorities() {
    }

    /** {@code priority} itself; a 400 naming {@code field} unless it is one of {@link #ALL}. */
    public static String check(String field, String priority) {
        if (!ALL.contains(priority)) {
            throw ProblemException.invalidField(field, MESSAGE);
        }
        return priority;
    }
}
