package io.csplatform.actions.notification;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Reads and marks one user's notifications; every statement filters on the tenant and the user. Single statements on
 * the reactive pool: no transaction needed, and the SSE streams may query concurrently from any thread.
 */
@ApplicationScoped
public class NotificationQueries {

    private static final String MINE = " from notification where tenant_id = $1 and user_id = $2";
    private static final String SELECT = "select " + NotificationView.COLUMNS + MINE;

    private final Pool pool;
    private final Clock clock;

    public NotificationQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** A page of the user's notifications, newest first (only unread ones if asked), with their unread count. */
    public Uni<NotificationPage> list(String tenant, String user, boolean unreadOnly, Paging.Cursor after, int limit) {
        String sql = SELECT + (unreadOnly ? " and read_at is null" : "")
                + (after == null ? "" : " and (created_at, id) < ($3, $4)")
                + " order by created_at desc, id desc limit " + (limit + 1);
        Tuple params = after == null ? Tuple.of(tenant, user) : Tuple.of(tenant, user, at(after), after.id());
        Uni<Page<NotificationView>> page = pool.preparedQuery(sql).execute(params)
                .map(rows -> Paging.page(views(rows), limit, view -> view, NotificationView::position));
        return Uni.combine().all().unis(page, unreadCount(tenant, user))
                .with((items, unread) -> new NotificationPage(items.items(), items.nextCursor(), unread));
    }

    public Uni<Long> unreadCount(String tenant, String user) {
        return pool.preparedQuery("select count(*)" + MINE + " and read_at is null").execute(Tuple.of(tenant, user))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The notification; null when the user has no such notification. */
    public Uni<NotificationView> find(String tenant, String user, UUID id) {
        return pool.preparedQuery(SELECT + " and id = $3").execute(Tuple.of(tenant, user, id)).map(NotificationQueries::first);
    }

    /** The user's notifications after a position, oldest first (a stream resuming from Last-Event-ID). */
    public Multi<NotificationView> after(String tenant, String user, Paging.Cursor position, int limit) {
        return pool.preparedQuery(SELECT + " and (created_at, id) > ($3, $4) order by created_at, id limit " + limit)
                .execute(Tuple.of(tenant, user, at(position), position.id()))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(views(rows)));
    }

    /** Marks the notification read (once: a second call keeps the first time); null when the user has no such one. */
    public Uni<NotificationView> markRead(String tenant, String user, UUID id) {
        return pool.preparedQuery("update notification set read_at = coalesce(read_at, $4)"
                        + " where tenant_id = $1 and user_id = $2 and id = $3 returning " + NotificationView.COLUMNS)
                .execute(Tuple.of(tenant, user, id, now())).map(NotificationQueries::first);
    }

    /** Marks every unread notification of the user read; answers how many were. */
    public Uni<Integer> markAllRead(String tenant, String user) {
        return pool.preparedQuery("update notification set read_at = $3"
                        + " where tenant_id = $1 and user_id = $2 and read_at is null")
                .execute(Tuple.of(tenant, user, now())).map(rows -> rows.rowCount());
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime at(Paging.Cursor cursor) {
        return cursor.at().atOffset(ZoneOffset.UTC);
    }

    private static List<NotificationView> views(Iterable<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(NotificationView::of).toList();
    }

    private static NotificationView first(Iterable<Row> rows) {
        return views(rows).stream().findFirst().orElse(null);
    }
}
