package io.csplatform.finance.charge;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.events.payload.ChargeUpserted;
import io.csplatform.events.payload.ChargeUpserted.Change;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/** What the finance service publishes about charges, always through the outbox of the caller's transaction. */
@ApplicationScoped
public class ChargeEvents {

    private final Outbox outbox;

    public ChargeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code charge.upserted}; {@code previousStatus} null means the charge was just created. */
    public Uni<EventHeaders> upserted(Mutiny.Session session, Charge c, String previousStatus) {
        var upserted = new ChargeUpserted(c.id, c.customerId, c.externalId, c.contractExternalId,
                previousStatus == null ? Change.CREATED : Change.CHANGED, c.amount, c.currency, c.dueDate, c.status,
                previousStatus, c.paidDate);
        return outbox.publish(session, Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_UPSERTED, c.tenantId, c.customerId,
                upserted);
    }

    public Uni<EventHeaders> overdue(Mutiny.Session session, EventHeaders cause, Charge c, int overdueCharges) {
        var overdue = new ChargeOverdue(c.id, c.customerId, c.externalId, c.amount, c.currency, c.dueDate, overdueCharges);
        return outbox.publishCausedBy(session, cause, Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_OVERDUE, c.customerId,
                overdue);
    }
}
