package io.csplatform.surveys.survey;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.surveys.survey.SurveyViews.InvitationView;
import io.csplatform.surveys.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of surveys and invitations; every statement filters on the tenant. */
@ApplicationScoped
public class SurveyQueries {

    private static final String SURVEY = """
            select id, customer_id, kind, question, created_at, execution_id, step from survey
            where tenant_id = $1 and id = $2""";
    private static final String OF_SURVEY = "select " + SurveyViews.INVITATION_COLUMNS
            + " from invitation where tenant_id = $1 and survey_id = $2 order by email";
    private static final String OF_CUSTOMER = "select " + SurveyViews.INVITATION_COLUMNS
            + " from invitation where tenant_id = $1 and customer_id = $2";

    private final Pool pool;
    private final Clock clock;

    public SurveyQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** True when the tenant has this customer (another tenant's id is unknown). */
    public Uni<Boolean> customerKnown(String tenant, UUID customerId) {
        return pool.preparedQuery("select 1 from customer_ref where tenant_id = $1 and customer_id = $2")
                .execute(Tuple.of(tenant, customerId)).map(rows -> rows.size() > 0);
    }

    /** The survey with its invitations; null when the tenant has no such survey. */
    public Uni<SurveyView> survey(String tenant, UUID id) {
        return pool.preparedQuery(SURVEY).execute(Tuple.of(tenant, id)).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row s = rows.iterator().next();
            return pool.preparedQuery(OF_SURVEY).execute(Tuple.of(tenant, id)).map(invitations -> new SurveyView(
                    s.getUUID("id"), s.getUUID("customer_id"), s.getString("kind"), s.getString("question"),
                    Paging.instant(s.getValue("created_at")), s.getUUID("execution_id"), s.getInteger("step"),
                    views(invitations), List.of()));
        });
    }

    /** A page of the customer's invitations, newest first. */
    public Uni<Page<InvitationView>> invitations(String tenant, UUID customerId, Paging.Cursor after, int limit) {
        String sql = OF_CUSTOMER + (after == null ? "" : " and (created_at, id) < ($3, $4)")
                + " order by created_at desc, id desc limit " + (limit + 1);
        Tuple params = after == null ? Tuple.of(tenant, customerId)
                : Tuple.of(tenant, customerId, OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC), after.id());
        return pool.preparedQuery(sql).execute(params)
                .map(rows -> Paging.page(views(rows), limit, view -> view, InvitationView::position));
    }

    private List<InvitationView> views(RowSet<Row> rows) {
        var now = clock.instant();
        List<InvitationView> views = new ArrayList<>();
        rows.forEach(row -> views.add(InvitationView.of(row, now)));
        return views;
    }
}
