package io.csplatform.actions.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates notifications, one per user, in the caller's transaction (the {@code notify.csm} executor's): a user already
 * notified for the same execution step is skipped, so a redelivered command changes nothing. Open streams hear of a
 * new row when the transaction commits (trigger {@code notification_created}, see {@link NotificationListener}).
 */
@ApplicationScoped
public class NotificationService {

    private static final String INSERT = """
            insert into notification (id, tenant_id, user_id, title, body, customer_id, link, kind, execution_id, step,
                                      created_at)
            values (:id, :tenant, :user, :title, :body, :customer, :link, :kind, :execution, :step, :createdAt)
            on conflict do nothing""";

    private final Clock clock;

    public NotificationService(Clock clock) {
        this.clock = clock;
    }

    /** Notifies each of {@code userIds} (Keycloak user ids) of the tenant; answers how many notifications are new. */
    public Uni<Integer> notify(Mutiny.Session session, String tenantId, Collection<String> userIds, NewNotification n) {
        Objects.requireNonNull(tenantId, "tenantId");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Multi.createFrom().iterable(userIds.stream().filter(Objects::nonNull).filter(user -> !user.isBlank())
                        .distinct().toList())
                .onItem().transformToUniAndConcatenate(user -> session.createNativeQuery(INSERT)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("tenant", tenantId)
                        .setParameter("user", user)
                        .setParameter("title", n.title())
                        .setParameter("body", n.body())
                        .setParameter("customer", n.customerId())
                        .setParameter("link", n.link())
                        .setParameter("kind", n.kind())
                        .setParameter("execution", n.executionId())
                        .setParameter("step", n.step())
                        .setParameter("createdAt", now)
                        .executeUpdate())
                .collect().with(Collectors.summingInt(Integer::intValue));
    }
}
