package io.csplatform.events;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every event and command type the platform publishes, each with its schema under {@code contracts/}.
 * Each domain keeps its own list ({@link CustomerMessages}, {@link ContractMessages}...).
 */
public final class MessageTypes {

    public static final List<MessageType<?>> ALL = Stream.of(
                    CustomerMessages.ALL, ContractMessages.ALL, FinanceMessages.ALL, JourneyMessages.ALL,
                    ActionMessages.ALL, IngestMessages.ALL, TicketMessages.ALL, SurveyMessages.ALL, TrackingMessages.ALL,
                    HealthScoreMessages.ALL)
            .flatMap(List::stream)
            .toList();

    private MessageTypes() {
    }

    public static Optional<MessageType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
