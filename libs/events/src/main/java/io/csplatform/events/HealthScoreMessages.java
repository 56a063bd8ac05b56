package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.events.payload.HealthScoreChanged;

import java.util.List;

/** Events of the health-score service, to come ({@code cs.healthscore.events.v1}). */
public final class HealthScoreMessages {

    public static final MessageType<HealthScoreChanged> HEALTHSCORE_CHANGED =
            new MessageType<>("healthscore.changed", HealthScoreChanged.class, Kind.EVENT);
    public static final MessageType<HealthScoreSet> HEALTHSCORE_SET =
            new MessageType<>("healthscore.set", HealthScoreSet.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(HEALTHSCORE_CHANGED, HEALTHSCORE_SET);

    private HealthScoreMessages() {
    }
}
