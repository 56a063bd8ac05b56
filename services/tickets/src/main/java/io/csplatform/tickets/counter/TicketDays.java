package io.csplatform.tickets.counter;

import io.csplatform.tenantsettings.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The customer's ticket counters per day of the tenant's time zone, counted in the caller's transaction. */
@ApplicationScoped
public class TicketDays {

    public enum Counter {
        CREATED("created"), CLOSED("closed"), SLA_BREACHED("sla_breached");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    public record DayCount(LocalDate day, int created, int closed, int slaBreached) {
    }

    private static final String SELECT = """
            select day, created, closed, sla_breached from ticket_day
            where tenant_id = :tenant and customer_id = :customer and day between :from and :to order by day""";

    private final TenantZones zones;

    public TicketDays(TenantZones zones) {
        this.zones = zones;
    }

    /** Adds one to {@code counter} on the tenant's day of {@code at}. */
    public Uni<Void> count(Mutiny.Session session, String tenantId, UUID customerId, Instant at, Counter counter) {
        String sql = "insert into ticket_day (tenant_id, customer_id, day, " + counter.column + ") values (:tenant, :customer, :day, 1)"
                + " on conflict (tenant_id, customer_id, day) do update set " + counter.column + " = ticket_day." + counter.column + " + 1";
        return zones.zone(session, tenantId).chain(zone -> session.createNativeQuery(sql)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("day", LocalDate.ofInstant(at, zone))
                .executeUpdate().replaceWithVoid());
    }

    /** The days from {@code from} to {@code to} with at least one count. */
    public Uni<List<DayCount>> of(Mutiny.Session session, String tenantId, UUID customerId, LocalDate from, LocalDate to) {
        return session.createNativeQuery(SELECT, Object[].class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new DayCount((LocalDate) row[0], ((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue())).toList());
    }

    public Uni<ZoneId> zone(Mutiny.Session session, String tenantId) {
        return zones.zone(session, tenantId);
    }
}
