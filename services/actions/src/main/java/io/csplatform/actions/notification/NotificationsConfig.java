package io.csplatform.actions.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** In-app notifications: their live stream. */
@ConfigMapping(prefix = "actions.notifications")
public interface NotificationsConfig {

    /** How often an idle stream sends a keep-alive comment, so that proxies keep it open. */
    @WithDefault("25s")
    Duration keepAlive();

    /** At most this many missed notifications are replayed to a stream resuming from Last-Event-ID. */
    @WithDefault("100")
    int resumeLimit();
}
