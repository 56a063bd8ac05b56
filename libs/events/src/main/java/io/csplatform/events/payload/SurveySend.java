package io.csplatform.events.payload;

import java.util.List;
import java.util.UUID;

/** {@code survey.send}: send an NPS or CSAT survey ({@code kind}) to each of the customer's contacts in {@code to}. */
public record SurveySend(ExecutionStep source, UUID customerId, String kind, List<Recipient> to) {

    public static final String NPS = "NPS";
    public static final String CSAT = "CSAT";
}
