package io.csplatform.surveys.answer;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer's answers, newest first; every statement filters on the tenant. */
@ApplicationScoped
public class AnswerQueries {

    private static final String SELECT = """
            select id, invitation_id, survey_id, kind, contact_id, email, score, comment, answered_at from answer
            where tenant_id = $1 and customer_id = $2""";

    /** One answer. */
    public record AnswerView(UUID id, UUID invitationId, UUID surveyId, String kind, UUID contactId, String email,
                             int score, String comment, Instant answeredAt) {

        static AnswerView of(Row row) {
            return new AnswerView(row.getUUID("id"), row.getUUID("invitation_id"), row.getUUID("survey_id"),
                    row.getString("kind"), row.getUUID("contact_id"), row.getString("email"), row.getInteger("score"),
                    row.getString("comment"), Paging.instant(row.getValue("answered_at")));
        }

        Paging.Cursor position() {
            return new Paging.Cursor(answeredAt, id);
        }
    }

    private final Pool pool;

    public AnswerQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page of the customer's answers ({@code kind} NPS / CSAT, or null for both). */
    public Uni<Page<AnswerView>> answers(String tenant, UUID customerId, String kind, Paging.Cursor after, int limit) {
        Tuple params = Tuple.of(tenant, customerId);
        StringBuilder sql = new StringBuilder(SELECT);
        if (kind != null) {
            params.addString(kind);
            sql.append(" and kind = $").append(params.size());
        }
        if (after != null) {
            params.addOffsetDateTime(OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC)).addUUID(after.id());
            sql.append(" and (answered_at, id) < ($").append(params.size() - 1).append(", $").append(params.size())
                    .append(")");
        }
        sql.append(" order by answered_at desc, id desc limit ").append(limit + 1);
        return pool.preparedQuery(sql.toString()).execute(params).map(rows -> {
            List<AnswerView> views = new ArrayList<>();
            rows.forEach(row -> views.add(AnswerView.of(row)));
            return Paging.page(views, limit, view -> view, AnswerView::position);
        });
    }
}
