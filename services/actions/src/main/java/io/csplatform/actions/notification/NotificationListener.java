package io.csplatform.actions.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hears every committed notification: one connection per replica LISTENs on {@value #CHANNEL}, which the trigger
 * {@code notification_created} NOTIFYs at commit, and hands the id to this replica's streams of that user.
 * <p>
 * Chosen over polling the table: delivery in milliseconds, no query per open stream while nothing happens, every
 * replica hears every commit (so any replica can serve a user's stream), and never a row of a transaction that rolled
 * back. What is committed while this connection is down is not heard: after a reconnect every stream ends, and the
 * client reconnects with {@code Last-Event-ID} and catches up from the table.
 */
@ApplicationScoped
public class NotificationListener {

    static final String CHANNEL = "actions_notification";
    private static final Logger LOG = Logger.getLogger(NotificationListener.class);

    private final Map<String, Set<MultiEmitter<? super UUID>>> streams = new ConcurrentHashMap<>();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final Vertx vertx;
    private final PgSubscriber subscriber;

    public NotificationListener(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                                @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.split(",")[0].trim());
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        this.vertx = vertx;
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL)
                .handler(this::heard)
                .subscribeHandler(v -> {
                    if (listening.getAndSet(true)) {
                        LOG.info("LISTEN " + CHANNEL + " again after a reconnect: ending the open streams");
                        streams.values().forEach(emitters -> emitters.forEach(MultiEmitter::complete));
                    }
                });
    }

    /** The ids of the user's notifications committed from now on; ends when notifications may have been missed. */
    public Multi<UUID> committed(String tenantId, String userId) {
        String key = tenantId + '\t' + userId;
        return Multi.createFrom().emitter(emitter -> {
            streams.compute(key, (k, emitters) -> {
                Set<MultiEmitter<? super UUID>> set = emitters == null ? ConcurrentHashMap.newKeySet() : emitters;
                set.add(emitter);
                return set;
            });
            emitter.onTermination(() -> streams.computeIfPresent(key, (k, emitters) -> {
                emitters.remove(emitter);
                return emitters.isEmpty() ? null : emitters;
            }));
        });
    }

    void start(@Observes StartupEvent event) {
        connect();
    }

    void stop(@Observes ShutdownEvent event) {
        subscriber.close();
    }

    private void connect() {
        subscriber.connect().onFailure(e -> {
            LOG.warn("cannot LISTEN " + CHANNEL + " (retrying in 1 s): " + e.getMessage());
            vertx.setTimer(1000, id -> {
                if (!subscriber.closed()) {
                    connect();
                }
            });
        });
    }

    /** Payload: tenant, user and notification id, tab-separated (the trigger's). */
    private void heard(String payload) {
        int last = payload.lastIndexOf('\t');
        Set<MultiEmitter<? super UUID>> emitters = last > 0 ? streams.get(payload.substring(0, last)) : null;
        if (emitters != null) {
            UUID id = UUID.fromString(payload.substring(last + 1));
            emitters.forEach(emitter -> emitter.emit(id));
        }
    }
}
