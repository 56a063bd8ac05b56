package io.csplatform.healthscore.report;

import io.csplatform.events.payload.CustomerMrrChanged;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/** The facts of other services the retention work needs: each customer's MRR and the tenant's base currency. */
@ApplicationScoped
public class RetentionFacts {

    /** The base currency of a tenant whose settings have not arrived. */
    public static final String DEFAULT_CURRENCY = "BRL";

    private static final String MRR = """
            insert into customer_mrr (tenant_id, customer_id, mrr, currency) values (:tenant, :customer, :mrr, :currency)
            on conflict (tenant_id, customer_id) do update set mrr = excluded.mrr, currency = excluded.currency""";
    private static final String CURRENCY = """
            insert into tenant_currency (tenant_id, currency, version) values (:tenant, :currency, :version)
            on conflict (tenant_id) do update set currency = excluded.currency, version = excluded.version
            where tenant_currency.version <= excluded.version""";

    public Uni<String> currency(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select currency from tenant_currency where tenant_id = :tenant", String.class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.isEmpty() ? DEFAULT_CURRENCY : rows.get(0));
    }

    Uni<Void> mrr(Mutiny.Session session, String tenantId, CustomerMrrChanged changed) {
        return session.createNativeQuery(MRR)
                .setParameter("tenant", tenantId).setParameter("customer", changed.customerId())
                .setParameter("mrr", changed.mrr()).setParameter("currency", changed.currency())
                .executeUpdate().replaceWithVoid();
    }

    /** Keeps a newer copy of the tenant's currency; an older settings version changes nothing. */
    Uni<Void> settings(Mutiny.Session session, String tenantId, TenantSettingsChanged settings) {
        return session.createNativeQuery(CURRENCY)
                .setParameter("tenant", tenantId)
                .setParameter("currency", settings.currency() == null ? DEFAULT_CURRENCY : settings.currency())
                .setParameter("version", settings.version())
                .executeUpdate().replaceWithVoid();
    }
}
