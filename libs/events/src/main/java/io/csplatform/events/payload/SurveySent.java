package io.csplatform.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code survey.sent}: an NPS or CSAT survey ({@code kind}) was sent to contacts of the customer: one invitation each
 * (a personal link e-mailed by the actions service). With the answers it gives the response rate.
 */
public record SurveySent(UUID surveyId, UUID customerId, String kind, List<Invitation> invitations, Instant sentAt,
                         Instant expiresAt) {

    /** One personal invitation: {@code contactId} null for an address that is not a contact. */
    public record Invitation(UUID invitationId, UUID contactId, String email) {
    }
}
