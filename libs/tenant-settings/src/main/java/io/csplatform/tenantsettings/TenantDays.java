package io.csplatform.tenantsettings;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Each tenant's "today" at an instant, for the sweeps that act by the tenant's day (a charge overdue, a contract
 * ended): the sweep names the tenants that may have work with a query taking {@code :latest}, the latest "today"
 * anywhere on Earth (UTC+18), and gets each of them with its day in its own time zone ({@link TenantZones}).
 */
@ApplicationScoped
public class TenantDays {

    private final TenantZones zones;

    public TenantDays(TenantZones zones) {
        this.zones = zones;
    }

    /** A tenant and its day at the instant asked. */
    public record TenantDay(String tenant, LocalDate today) {
    }

    /**
     * The tenants {@code candidates} (an HQL query selecting distinct tenant ids, parameter {@code :latest}) names at
     * {@code now}, each with its day then.
     */
    public Uni<List<TenantDay>> at(Mutiny.Session session, String candidates, Instant now) {
        return session.createSelectionQuery(candidates, String.class)
                .setParameter("latest", latestToday(now)).getResultList()
                .chain(tenants -> Multi.createFrom().iterable(tenants)
                        .onItem().transformToUniAndConcatenate(tenant -> zones.zone(session, tenant)
                                .map(zone -> new TenantDay(tenant, LocalDate.ofInstant(now, zone))))
                        .collect().asList());
    }

    /** The latest calendar day anywhere on Earth at {@code now}: no tenant's today is after it. */
    public static LocalDate latestToday(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.MAX);
    }
}
