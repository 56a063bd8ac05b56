package io.csplatform.tracking.usage;

import io.csplatform.rest.Page;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.tracking.usage.UsageViews.DayCount;
import io.csplatform.tracking.usage.UsageViews.Feature;
import io.csplatform.tracking.usage.UsageViews.FeatureUse;
import io.csplatform.tracking.usage.UsageViews.UserView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reads of the rollups, users and features; every query filters on the tenant. */
@ApplicationScoped
public class UsageQueries {

    private static final String SERIES = """
            select day, sum(count) from rollup_day
            where tenant_id = $1 and customer_id = $2 and day between $3 and $4
              and ($5::text is null or user_id = $5) and ($6::text is null or feature = $6)
            group by day order by day""";
    private static final String TOTALS = """
            select coalesce(sum(count), 0), count(distinct user_id), count(distinct feature), count(distinct day)
            from rollup_day where tenant_id = $1 and customer_id = $2 and day between $3 and $4""";
    private static final String FEATURES = """
            select feature, sum(count), count(distinct user_id), max(day) from rollup_day
            where tenant_id = $1 and customer_id = $2 and day between $3 and $4 and feature > $5
            group by feature order by feature limit $6""";
    private static final String USERS = """
            select user_id, name, email, key_user, first_seen_at, last_seen_at, last_login_at from tracked_user
            where tenant_id = $1 and customer_id = $2 and user_id > $3 and ($4::boolean is null or key_user = $4)
            order by user_id limit $5""";
    private static final String CATALOG = """
            select name, display_name, description, first_seen_at from feature where tenant_id = $1 and name > $2
            order by name limit $3""";

    private final Pool pool;

    public UsageQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> customerExists(String tenantId, UUID customerId) {
        return pool.preparedQuery("select 1 from customer_ref where tenant_id = $1 and customer_id = $2")
                .execute(Tuple.of(tenantId, customerId)).map(rows -> rows.size() > 0);
    }

    public Uni<ZoneId> zone(String tenantId) {
        return pool.preparedQuery("select time_zone from tenant_settings where tenant_id = $1").execute(Tuple.of(tenantId))
                .map(rows -> rows.size() == 0 ? TenantZones.DEFAULT : ZoneId.of(rows.iterator().next().getString(0)));
    }

    public Uni<List<DayCount>> series(String tenantId, UUID customerId, Period period, String userId, String feature) {
        return rows(SERIES, Tuple.tuple(Arrays.asList(tenantId, customerId, period.from(), period.to(), userId, feature)),
                row -> new DayCount(row.getLocalDate(0), row.getLong(1)));
    }

    /** total, distinct users, distinct features, active days. */
    public Uni<long[]> totals(String tenantId, UUID customerId, Period period) {
        return pool.preparedQuery(TOTALS).execute(Tuple.of(tenantId, customerId, period.from(), period.to()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new long[] {row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3)};
                });
    }

    public Uni<Page<FeatureUse>> features(String tenantId, UUID customerId, Period period, String after, int limit) {
        return rows(FEATURES, Tuple.tuple(Arrays.asList(tenantId, customerId, period.from(), period.to(), after, limit + 1)),
                row -> new FeatureUse(row.getString(0), row.getLong(1), row.getLong(2), row.getLocalDate(3)))
                .map(rows -> NameCursor.page(rows, limit, FeatureUse::feature));
    }

    public Uni<Page<UserView>> users(String tenantId, UUID customerId, Boolean keyUser, String after, int limit) {
        return rows(USERS, Tuple.tuple(Arrays.asList(tenantId, customerId, after, keyUser, limit + 1)), UsageQueries::user)
                .map(rows -> NameCursor.page(rows, limit, UserView::userId));
    }

    public Uni<UserView> user(String tenantId, UUID customerId, String userId) {
        return rows("""
                select user_id, name, email, key_user, first_seen_at, last_seen_at, last_login_at from tracked_user
                where tenant_id = $1 and customer_id = $2 and user_id = $3""", Tuple.of(tenantId, customerId, userId),
                UsageQueries::user).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<Page<Feature>> catalog(String tenantId, String after, int limit) {
        return rows(CATALOG, Tuple.of(tenantId, after, limit + 1),
                row -> new Feature(row.getString(0), row.getString(1), row.getString(2), instant(row, 3)))
                .map(rows -> NameCursor.page(rows, limit, Feature::name));
    }

    static UserView user(Row row) {
        return new UserView(row.getString(0), row.getString(1), row.getString(2), row.getBoolean(3), instant(row, 4),
                instant(row, 5), instant(row, 6));
    }

    private <T> Uni<List<T>> rows(String sql, Tuple params, Function<Row, T> view) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<T> list = new ArrayList<>();
            rows.forEach(row -> list.add(view.apply(row)));
            return list;
        });
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
