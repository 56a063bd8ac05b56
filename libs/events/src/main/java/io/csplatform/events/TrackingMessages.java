package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.TrackingDayRolledUp;
import io.csplatform.events.payload.UserLogin;

import java.util.List;

/** Events of the tracking service ({@code cs.tracking.events.v1}): rollup changes, never one per raw event. */
public final class TrackingMessages {

    public static final MessageType<TrackingDayRolledUp> TRACKING_DAY_ROLLED_UP =
            new MessageType<>("tracking.day.rolled-up", TrackingDayRolledUp.class, Kind.EVENT);
    public static final MessageType<UserLogin> USER_LOGIN =
            new MessageType<>("user.login", UserLogin.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(TRACKING_DAY_ROLLED_UP, USER_LOGIN);

    private TrackingMessages() {
    }
}
