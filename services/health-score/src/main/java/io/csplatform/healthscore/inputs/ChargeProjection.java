package io.csplatform.healthscore.inputs;

import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.events.payload.ChargeUpserted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;

/**
 * The customer's charges: the newest {@code charge.upserted} (by its time) sets amount, due date and status;
 * {@code charge.overdue} marks the charge overdue whenever it arrives (an older upsert never clears it, a payment makes
 * the charge paid, which no longer counts).
 */
@ApplicationScoped
public class ChargeProjection {

    private static final String UPSERTED = """
            insert into charge_state (tenant_id, charge_id, customer_id, amount, currency, due_date, status, overdue, changed_at)
            values (:tenant, :charge, :customer, :amount, :currency, :due, :status, :overdue, :at)
            on conflict (tenant_id, charge_id) do update set amount = excluded.amount, currency = excluded.currency,
              due_date = excluded.due_date, status = excluded.status, changed_at = excluded.changed_at,
              overdue = charge_state.overdue or excluded.overdue
            where charge_state.changed_at <= excluded.changed_at""";
    private static final String OVERDUE = """
            insert into charge_state (tenant_id, charge_id, customer_id, amount, currency, due_date, status, overdue, changed_at)
            values (:tenant, :charge, :customer, :amount, :currency, :due, 'overdue', true, :at)
            on conflict (tenant_id, charge_id) do update set overdue = true""";

    public Uni<Integer> upserted(Mutiny.Session session, String tenant, ChargeUpserted charge, Instant at) {
        return session.createNativeQuery(UPSERTED).setParameter("tenant", tenant)
                .setParameter("charge", charge.chargeId()).setParameter("customer", charge.customerId())
                .setParameter("amount", charge.amount()).setParameter("currency", charge.currency())
                .setParameter("due", charge.dueDate()).setParameter("status", charge.status())
                .setParameter("overdue", "overdue".equals(charge.status())).setParameter("at", at)
                .executeUpdate();
    }

    public Uni<Integer> overdue(Mutiny.Session session, String tenant, ChargeOverdue charge) {
        return session.createNativeQuery(OVERDUE).setParameter("tenant", tenant)
                .setParameter("charge", charge.chargeId()).setParameter("customer", charge.customerId())
                .setParameter("amount", charge.amount()).setParameter("currency", charge.currency())
                .setParameter("due", charge.dueDate()).setParameter("at", Instant.EPOCH)
                .executeUpdate();
    }
}
