package io.csplatform.surveys.survey;

import io.csplatform.rest.Paging;
import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the REST API shows of surveys and their invitations. */
public final class SurveyViews {

    static final String INVITATION_COLUMNS = """
            id, survey_id, kind, contact_id, email, name, created_at, expires_at, answered_at""";

    private SurveyViews() {
    }

    /** One personal link: PENDING, ANSWERED or EXPIRED. */
    public record InvitationView(UUID id, UUID surveyId, String kind, UUID contactId, String email, String name,
                                 Instant sentAt, Instant expiresAt, Instant answeredAt, String status) {

        static InvitationView of(Row row, Instant now) {
            Instant expires = Paging.instant(row.getValue("expires_at"));
            Instant answered = row.getValue("answered_at") == null ? null : Paging.instant(row.getValue("answered_at"));
            return new InvitationView(row.getUUID("id"), row.getUUID("survey_id"), row.getString("kind"),
                    row.getUUID("contact_id"), row.getString("email"), row.getString("name"),
                    Paging.instant(row.getValue("created_at")), expires, answered,
                    answered != null ? "ANSWERED" : expires.isBefore(now) ? "EXPIRED" : "PENDING");
        }

        public Paging.Cursor position() {
            return new Paging.Cursor(sentAt, id);
        }
    }

    /**
     * One send: its question, the playbook step it ran for ({@code executionId}/{@code step}, null for a user's),
     * its invitations and, right after sending, the recipients left out.
     */
    public record SurveyView(UUID id, UUID customerId, String kind, String question, Instant sentAt, UUID executionId,
                             Integer step, List<InvitationView> invitations, List<SurveySender.Skipped> skipped) {
    }
}
