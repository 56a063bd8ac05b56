package io.csplatform.surveys.report;

import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * NPS, CSAT and response rates of a customer ({@code customerId} set) or of the whole tenant (null), and the contacts
 * without an answer. Parameters: $1 tenant, $2 period start, $3 period end, $4 customer.
 */
@ApplicationScoped
public class SurveyReports {

    private static final String RESPONDENT = "customer_id, coalesce(cast(contact_id as text), lower(email))";
    private static final String NPS = """
            with latest as (
              select distinct on (%1$s) score from answer
              where tenant_id = $1 and kind = 'NPS' and answered_at >= $2 and answered_at < $3 %2$s
              order by %1$s, answered_at desc, id desc)
            select count(*) filter (where score >= 9), count(*) filter (where score between 7 and 8),
                   count(*) filter (where score <= 6),
                   (select count(*) from answer where tenant_id = $1 and kind = 'NPS' and answered_at >= $2
                      and answered_at < $3 %2$s)
            from latest""";
    private static final String CSAT = """
            select count(*), avg(score), count(*) filter (where score >= 4) from answer
            where tenant_id = $1 and kind = 'CSAT' and answered_at >= $2 and answered_at < $3 %s""";
    private static final String INVITATIONS = """
            select count(*), count(answered_at) from invitation
            where tenant_id = $1 and kind = $%d and created_at >= $2 and created_at < $3 %s""";
    private static final String WITHOUT_ANSWER = """
            select c.contact_id, c.name, c.email,
              (select max(i.created_at) from invitation i where i.tenant_id = c.tenant_id and i.kind = $4
                 and (i.contact_id = c.contact_id or i.contact_id is null and lower(i.email) = lower(c.email))),
              (select max(a.answered_at) from answer a where a.tenant_id = c.tenant_id and a.kind = $4
                 and (a.contact_id = c.contact_id or a.contact_id is null and lower(a.email) = lower(c.email))),
              exists (select 1 from opt_out o where o.tenant_id = c.tenant_id
                 and (o.contact_id = c.contact_id or o.email = lower(c.email)))
            from contact c
            where c.tenant_id = $1 and c.customer_id = $2 and c.active and not exists (
              select 1 from answer a where a.tenant_id = c.tenant_id and a.kind = $4 and a.answered_at >= $3
                and (a.contact_id = c.contact_id or a.contact_id is null and lower(a.email) = lower(c.email)))
            order by c.name, c.contact_id""";

    /** An active contact with no answer in the period; when it was last invited and last answered, if ever. */
    public record ContactWithoutAnswer(UUID contactId, String name, String email, Instant lastInvitedAt,
                                       Instant lastAnsweredAt, boolean optedOut) {
    }

    private final Pool pool;

    public SurveyReports(Pool pool) {
        this.pool = pool;
    }

    Uni<Figures.Nps> nps(String tenant, UUID customerId, Period period) {
        String scope = customerId == null ? "" : "and customer_id = $4";
        Uni<Row> answers = one(NPS.formatted(RESPONDENT, scope), params(tenant, period, customerId));
        return answers.chain(a -> invitations(tenant, customerId, period, "NPS").map(i -> Figures.nps(customerId,
                period, a.getLong(3), a.getLong(0), a.getLong(1), a.getLong(2), i.getLong(0), i.getLong(1))));
    }

    Uni<Figures.Csat> csat(String tenant, UUID customerId, Period period) {
        String scope = customerId == null ? "" : "and customer_id = $4";
        return one(CSAT.formatted(scope), params(tenant, period, customerId)).chain(a -> invitations(tenant,
                customerId, period, "CSAT").map(i -> {
            long answers = a.getLong(0);
            BigDecimal average = a.getValue(1) == null ? null
                    : new BigDecimal(a.getValue(1).toString()).setScale(2, RoundingMode.HALF_EVEN);
            return new Figures.Csat(customerId, period.from(), period.to(), period.zone().getId(), answers, average,
                    a.getLong(2), Figures.percent(a.getLong(2), answers), i.getLong(0), i.getLong(1),
                    Figures.percent(i.getLong(1), i.getLong(0)));
        }));
    }

    Uni<List<ContactWithoutAnswer>> withoutAnswer(String tenant, UUID customerId, String kind, Period period) {
        return pool.preparedQuery(WITHOUT_ANSWER)
                .execute(Tuple.of(tenant, customerId, utc(period.start()), kind))
                .map(rows -> {
                    List<ContactWithoutAnswer> contacts = new ArrayList<>();
                    rows.forEach(row -> contacts.add(new ContactWithoutAnswer(row.getUUID(0), row.getString(1),
                            row.getString(2), instant(row.getValue(3)), instant(row.getValue(4)), row.getBoolean(5))));
                    return contacts;
                });
    }

    private Uni<Row> invitations(String tenant, UUID customerId, Period period, String kind) {
        Tuple params = params(tenant, period, customerId);
        String sql = INVITATIONS.formatted(params.size() + 1, customerId == null ? "" : "and customer_id = $4");
        return one(sql, params.addString(kind));
    }

    private Uni<Row> one(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> rows.iterator().next());
    }

    private static Tuple params(String tenant, Period period, UUID customerId) {
        Tuple params = Tuple.of(tenant, utc(period.start()), utc(period.end()));
        return customerId == null ? params : params.addUUID(customerId);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return value == null ? null : Paging.instant(value);
    }
}
