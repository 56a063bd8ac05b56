package io.csplatform.tracking.ingest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes a tenant's batch of usage events in ONE statement of the caller's transaction: the raw events
 * ({@code ON CONFLICT DO NOTHING RETURNING}: the dedupe), and from the rows actually inserted only: the rollups
 * ({@code count = count + excluded.count}), the customer days marked dirty for the flusher, the users (last seen,
 * last login, marked for {@code user.login} when it moved forward) and the features catalog. Rows are upserted in
 * key order so that concurrent batches lock in the same order. Answers how many events were new.
 */
final class UsageWriter {

    private static final String SQL = """
            with ins as (
              insert into raw_event (tenant_id, event_id, occurred_on, occurred_at, customer_id, user_id, event, quantity, day,
                                     properties)
              select $1, i.event_id, (i.occurred_at at time zone 'UTC')::date, i.occurred_at, i.customer_id, i.user_id, i.event,
                     i.quantity, i.day, i.properties::jsonb
              from unnest($2::text[], $3::timestamptz[], $4::uuid[], $5::text[], $6::text[], $7::bigint[], $8::date[], $9::text[])
                as i(event_id, occurred_at, customer_id, user_id, event, quantity, day, properties)
              on conflict do nothing
              returning customer_id, user_id, event, occurred_at, quantity, day
            ), rolled as (
              insert into rollup_day (tenant_id, customer_id, day, user_id, feature, count)
              select $1, customer_id, day, user_id, event, sum(quantity) from ins
              group by customer_id, day, user_id, event order by customer_id, day, user_id, event
              on conflict (tenant_id, customer_id, day, user_id, feature) do update set count = rollup_day.count + excluded.count
            ), dirty as (
              insert into rollup_state (tenant_id, customer_id, day, dirty, version, changed_at)
              select $1, customer_id, day, true, 0, now() from (select distinct customer_id, day from ins) d
              order by customer_id, day
              on conflict (tenant_id, customer_id, day) do update set dirty = true, changed_at = excluded.changed_at
            ), users as (
              insert into tracked_user (tenant_id, customer_id, user_id, first_seen_at, last_seen_at, last_login_at, login_dirty)
              select $1, customer_id, user_id, min(occurred_at), max(occurred_at), max(occurred_at) filter (where event = $10),
                     bool_or(event = $10)
              from ins group by customer_id, user_id order by customer_id, user_id
              on conflict (tenant_id, customer_id, user_id) do update set
                first_seen_at = least(tracked_user.first_seen_at, excluded.first_seen_at),
                last_seen_at = greatest(tracked_user.last_seen_at, excluded.last_seen_at),
                last_login_at = greatest(tracked_user.last_login_at, excluded.last_login_at),
                login_dirty = tracked_user.login_dirty
                  or coalesce(excluded.last_login_at > tracked_user.last_login_at, excluded.last_login_at is not null)
            ), features as (
              insert into feature (tenant_id, name, first_seen_at)
              select $1, event, now() from (select distinct event from ins) f order by event
              on conflict do nothing
            )
            select count(*) from ins""";

    /** One event to write: its customer resolved and its day in the tenant's zone. */
    record Row(UsageEvent event, UUID customerId, LocalDate day) {
    }

    private UsageWriter() {
    }

    static Uni<Integer> write(SqlConnection connection, String tenantId, List<Row> rows, String loginEvent) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int n = rows.size();
        String[] ids = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        UUID[] customers = new UUID[n];
        String[] users = new String[n];
        String[] events = new String[n];
        Long[] quantities = new Long[n];
        LocalDate[] days = new LocalDate[n];
        String[] properties = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            ids[i] = row.event().eventId();
            times[i] = row.event().occurredAt().atOffset(ZoneOffset.UTC);
            customers[i] = row.customerId();
            users[i] = row.event().userId();
            events[i] = row.event().event();
            quantities[i] = row.event().quantity();
            days[i] = row.day();
            properties[i] = row.event().properties();
        }
        Tuple params = Tuple.tuple(Arrays.asList(tenantId, ids, times, customers, users, events, quantities, days,
                properties, loginEvent));
        return connection.preparedQuery(SQL).execute(params)
                .map(result -> result.iterator().next().getLong(0).intValue());
    }
}
