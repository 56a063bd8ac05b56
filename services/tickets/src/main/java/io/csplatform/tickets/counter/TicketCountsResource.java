package io.csplatform.tickets.counter;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tickets.counter.TicketDays.DayCount;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The customer's tickets per day (opened, closed, SLA breaches) from {@code from} to {@code to} (the tenant's days;
 * the last 30 days by default, at most 366); only days with a count are listed.
 */
@Path("/api/v1/customers/{customerId}/ticket-counts")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TicketCountsResource {

    private static final int MAX_DAYS = 366;

    public record TicketCounts(UUID customerId, String timeZone, LocalDate from, LocalDate to, int created, int closed,
                               int slaBreached, List<DayCount> items) {
    }

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory directory;
    private final TicketDays days;
    private final CurrentTenant tenant;
    private final Clock clock;

    public TicketCountsResource(Mutiny.SessionFactory sessions, CustomerDirectory directory, TicketDays days,
                                CurrentTenant tenant, Clock clock) {
        this.sessions = sessions;
        this.directory = directory;
        this.days = days;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    public Uni<TicketCounts> get(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return sessions.withSession(session -> directory.exists(session, tenantId, customerId)
                        .chain(known -> !known ? Uni.createFrom().<TicketCounts>nullItem()
                                : days.zone(session, tenantId).chain(zone -> {
                                    LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : date("to", to);
                                    LocalDate first = from == null ? last.minusDays(29) : date("from", from);
                                    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                                        throw ProblemException.invalidField("from", "must be on or before 'to', at most "
                                                + MAX_DAYS + " days before it");
                                    }
                                    return days.of(session, tenantId, customerId, first, last)
                                            .map(items -> counts(customerId, zone.getId(), first, last, items));
                                })))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }

    private static TicketCounts counts(UUID customerId, String zone, LocalDate from, LocalDate to, List<DayCount> items) {
        return new TicketCounts(customerId, zone, from, to, items.stream().mapToInt(DayCount::created).sum(),
                items.stream().mapToInt(DayCount::closed).sum(), items.stream().mapToInt(DayCount::slaBreached).sum(), items);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date YYYY-MM-DD");
        }
    }
}
