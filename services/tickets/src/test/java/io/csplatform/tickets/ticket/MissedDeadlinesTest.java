package io.csplatform.tickets.ticket;

import io.csplatform.events.payload.TicketSlaBreached.Metric;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MissedDeadlinesTest {

    private static final Instant DUE_RESPONSE = Instant.parse("2026-03-01T12:30:00Z");
    private static final Instant DUE_RESOLUTION = Instant.parse("2026-03-01T16:00:00Z");

    @Test
    void aDeadlineIsMissedOnceItPassedWithoutAnswer() {
        Ticket ticket = ticket();

        assertThat(ticket.missedDeadlines(Instant.parse("2026-03-01T12:29:59Z"))).isEmpty();
        assertThat(ticket.missedDeadlines(DUE_RESPONSE)).containsExactly(Metric.FIRST_RESPONSE);
        assertThat(ticket.missedDeadlines(DUE_RESOLUTION)).containsExactly(Metric.FIRST_RESPONSE, Metric.RESOLUTION);
    }

    @Test
    void aLateAnswerIsStillABreachAnAnswerInTimeIsNotAndAReportedBreachIsNotReportedAgain() {
        Ticket late = ticket();
        late.firstResponseAt = DUE_RESPONSE.plusSeconds(1);
        Ticket inTime = ticket();
        inTime.firstResponseAt = DUE_RESPONSE;
        inTime.resolvedAt = DUE_RESOLUTION;
        Ticket reported = ticket();
        reported.firstResponseBreachedAt = DUE_RESPONSE;

        assertThat(late.missedDeadlines(DUE_RESOLUTION)).containsExactly(Metric.FIRST_RESPONSE, Metric.RESOLUTION);
        assertThat(inTime.missedDeadlines(DUE_RESOLUTION.plusSeconds(3600))).isEmpty();
        assertThat(reported.missedDeadlines(DUE_RESOLUTION)).containsExactly(Metric.RESOLUTION);
    }

    @Test
    void aTicketResolvedBeforeItsFirstResponseDeadlineNeedsNoFirstResponse() {
        Ticket ticket = ticket();
        ticket.resolvedAt = DUE_RESPONSE.minusSeconds(60);

        assertThat(ticket.missedDeadlines(DUE_RESOLUTION.plusSeconds(60))).isEmpty();
    }

    private static Ticket ticket() {
        Ticket ticket = new Ticket();
        ticket.createdAt = Instant.parse("2026-03-01T12:00:00Z");
        ticket.firstResponseDueAt = DUE_RESPONSE;
        ticket.resolutionDueAt = DUE_RESOLUTION;
        return ticket;
    }
}
