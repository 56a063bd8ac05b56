package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.TicketCreated;
import io.csplatform.events.payload.TicketRated;
import io.csplatform.events.payload.TicketSlaBreached;
import io.csplatform.events.payload.TicketStatusChanged;

import java.util.List;

/** Events of the tickets service ({@code cs.tickets.events.v1}). */
public final class TicketMessages {

    public static final MessageType<TicketCreated> TICKET_CREATED =
            new MessageType<>("ticket.created", TicketCreated.class, Kind.EVENT);
    public static final MessageType<TicketStatusChanged> TICKET_STATUS_CHANGED =
            new MessageType<>("ticket.status.changed", TicketStatusChanged.class, Kind.EVENT);
    public static final MessageType<TicketRated> TICKET_RATED =
            new MessageType<>("ticket.rated", TicketRated.class, Kind.EVENT);
    public static final MessageType<TicketSlaBreached> TICKET_SLA_BREACHED =
            new MessageType<>("ticket.sla.breached", TicketSlaBreached.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL =
            List.of(TICKET_CREATED, TICKET_STATUS_CHANGED, TICKET_RATED, TICKET_SLA_BREACHED);

    private TicketMessages() {
    }
}
