package io.csplatform.healthscore.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.EventJson;
import io.csplatform.healthscore.api.HealthScoreViews.HistoryItem;
import io.csplatform.healthscore.api.HealthScoreViews.ScoreView;
import io.csplatform.healthscore.api.HealthScoreViews.Trend;
import io.csplatform.healthscore.api.HealthScoreViews.TrendPoint;
import io.csplatform.healthscore.score.Evaluation;
import io.csplatform.healthscore.score.HealthScores;
import io.csplatform.healthscore.score.Rows;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads scores of the caller's tenant; every answer is null when the tenant has no such customer (404). */
@ApplicationScoped
public class HealthScoreQueries {

    private static final String CURRENT = """
            select cast(explanation as text), computed_at from health_score where tenant_id = :tenant and customer_id = :customer""";
    private static final String HISTORY = """
            select cast(id as text), score, band, from_score, from_band, reason, computed_at, cast(explanation as text)
            from health_score_history where tenant_id = :tenant and customer_id = :customer %s
            order by computed_at desc, id desc""";
    private static final String SINCE = """
            select score, band, computed_at, from_score from health_score_history
            where tenant_id = :tenant and customer_id = :customer and computed_at >= :from order by computed_at, id""";

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory directory;
    private final HealthScores scores;
    private final TenantZones zones;
    private final Clock clock;

    public HealthScoreQueries(Mutiny.SessionFactory sessions, CustomerDirectory directory, HealthScores scores,
                              TenantZones zones, Clock clock) {
        this.sessions = sessions;
        this.directory = directory;
        this.scores = scores;
        this.zones = zones;
        this.clock = clock;
    }

    public Uni<ScoreView> current(String tenant, UUID customer) {
        return sessions.withSession(session -> known(session, tenant, customer, () -> session
                .createNativeQuery(CURRENT, Object[].class).setParameter("tenant", tenant)
                .setParameter("customer", customer).getResultList()
                .chain(rows -> rows.isEmpty()
                        ? scores.preview(session, tenant, customer).map(e -> ScoreView.of(customer, e, clock.instant(), false))
                        : Uni.createFrom().item(ScoreView.of(customer, evaluation((String) rows.get(0)[0]),
                        Rows.instant(rows.get(0)[1]), true)))));
    }

    public Uni<Page<HistoryItem>> history(String tenant, UUID customer, Paging.Cursor after, int limit) {
        return sessions.withSession(session -> known(session, tenant, customer, () -> {
            var query = session.createNativeQuery(HISTORY.formatted(after == null ? ""
                            : "and (computed_at < :afterAt or (computed_at = :afterAt and id < :afterId))"), Object[].class)
                    .setParameter("tenant", tenant).setParameter("customer", customer);
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList()
                    .map(rows -> Paging.page(rows, limit, HealthScoreQueries::item,
                            item -> new Paging.Cursor(item.computedAt(), item.id())));
        }));
    }

    public Uni<Trend> trend(String tenant, UUID customer, int days) {
        return sessions.withSession(session -> known(session, tenant, customer, () -> zones.zone(session, tenant)
                .chain(zone -> {
                    LocalDate first = LocalDate.now(clock.withZone(zone)).minusDays(days - 1L);
                    return session.createNativeQuery(SINCE, Object[].class).setParameter("tenant", tenant)
                            .setParameter("customer", customer)
                            .setParameter("from", first.atStartOfDay(zone).toOffsetDateTime())
                            .getResultList().map(rows -> trend(customer, days, zone, rows));
                })));
    }

    private <T> Uni<T> known(Mutiny.Session session, String tenant, UUID customer,
                             java.util.function.Supplier<Uni<T>> then) {
        return directory.exists(session, tenant, customer)
                .chain(exists -> exists ? then.get() : Uni.createFrom().nullItem());
    }

    private static Trend trend(UUID customer, int days, ZoneId zone, List<Object[]> rows) {
        Map<LocalDate, TrendPoint> byDay = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.ofInstant(Rows.instant(row[2]), zone);
            byDay.put(day, new TrendPoint(day, Rows.decimal(row[0]), (String) row[1]));
        }
        List<TrendPoint> points = new ArrayList<>(byDay.values());
        if (points.isEmpty()) {
            return new Trend(customer, days, null, null, null, "none", points);
        }
        // the score before the window's first change (that change's own score when it was the customer's first)
        BigDecimal from = rows.get(0)[3] == null ? Rows.decimal(rows.get(0)[0]) : Rows.decimal(rows.get(0)[3]);
        BigDecimal to = points.get(points.size() - 1).score();
        BigDecimal change = to.subtract(from);
        return new Trend(customer, days, from, to, change,
                change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "flat", points);
    }

    private static HistoryItem item(Object[] row) {
        return new HistoryItem(Rows.uuid(row[0]), Rows.decimal(row[1]), (String) row[2], Rows.decimal(row[3]),
                (String) row[4], (String) row[5], Rows.instant(row[6]), evaluation((String) row[7]));
    }

    private static Evaluation evaluation(String json) {
        try {
            return EventJson.MAPPER.readValue(json, Evaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable explanation", e);
        }
    }
}
