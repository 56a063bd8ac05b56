package io.csplatform.actions.notification;

import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;

/**
 * One user's live notifications: each as its transaction commits and, when resuming after an event, the ones committed
 * since (a notification committed while the catch-up query runs may come before older ones; none comes twice).
 */
@ApplicationScoped
public class NotificationStream {

    private final NotificationListener listener;
    private final NotificationQueries queries;
    private final NotificationsConfig config;

    public NotificationStream(NotificationListener listener, NotificationQueries queries, NotificationsConfig config) {
        this.listener = listener;
        this.queries = queries;
        this.config = config;
    }

    /** Listens as soon as subscribed (then a commit is never missed), so subscribe before telling the client. */
    public Multi<NotificationView> of(String tenantId, String userId, Paging.Cursor after) {
        Multi<NotificationView> live = listener.committed(tenantId, userId)
                .onItem().transformToUniAndConcatenate(id -> queries.find(tenantId, userId, id));
        if (after == null) {
            return live;
        }
        return Multi.createBy().merging().streams(live, queries.after(tenantId, userId, after, config.resumeLimit()))
                .select().distinct(Comparator.comparing(NotificationView::id));
    }
}
