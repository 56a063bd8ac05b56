package io.csplatform.actions.notification;

import io.csplatform.rest.Paging;
import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification as its user reads it; unread while {@code readAt} is null. */
public record NotificationView(UUID id, String title, String body, UUID customerId, String link, String kind,
                               UUID executionId, Integer step, Instant createdAt, Instant readAt) {

    static final String COLUMNS = "id, title, body, customer_id, link, kind, execution_id, step, created_at, read_at";

    static NotificationView of(Row row) {
        return new NotificationView(row.getUUID("id"), row.getString("title"), row.getString("body"),
                row.getUUID("customer_id"), row.getString("link"), row.getString("kind"), row.getUUID("execution_id"),
                row.getInteger("step"), instant(row.getOffsetDateTime("created_at")),
                instant(row.getOffsetDateTime("read_at")));
    }

    /** Its place in the newest-first order: the list's cursor and the stream's event id. */
    Paging.Cursor position() {
        return new Paging.Cursor(createdAt, id);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
