package io.csplatform.surveys.answer;

import io.csplatform.surveys.survey.SurveyKind;

import java.time.Instant;
import java.util.UUID;

/** The invitation a personal link names, with the question it asks. */
record Invitation(UUID id, String tenantId, UUID surveyId, UUID customerId, SurveyKind kind, UUID contactId,
                  String email, Instant expiresAt, Instant answeredAt, String question) {

    static final String SELECT = """
            select i.id, i.survey_id, i.customer_id, i.kind, i.contact_id, i.email, i.expires_at, i.answered_at,
                   s.question
            from invitation i join survey s on s.id = i.survey_id
            where i.tenant_id = :tenant and i.id = :id""";

    static Invitation of(String tenant, Object[] row) {
        return new Invitation((UUID) row[0], tenant, (UUID) row[1], (UUID) row[2], SurveyKind.valueOf((String) row[3]),
                (UUID) row[4], (String) row[5], instant(row[6]), instant(row[7]), (String) row[8]);
    }

    private static Instant instant(Object value) {
        return value == null ? null : io.csplatform.rest.Paging.instant(value);
    }
}
