package io.csplatform.healthscore.inputs;

import io.csplatform.events.FinanceMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.finance.events.v1}: charges (overdue charges measure); other types are skipped. */
@ApplicationScoped
public class FinanceEventsConsumer {

    private static final String CONSUMER = "health-score.finance";

    private final InputChanges changes;
    private final ChargeProjection charges;

    public FinanceEventsConsumer(InputChanges changes, ChargeProjection charges) {
        this.changes = changes;
        this.charges = charges;
    }

    @Incoming("finance-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(FinanceMessages.CHARGE_UPSERTED)) {
            var charge = message.payload(FinanceMessages.CHARGE_UPSERTED);
            return changes.apply(CONSUMER, message, charge.customerId(),
                    session -> charges.upserted(session, tenant, charge, message.headers().time()));
        }
        if (message.is(FinanceMessages.CHARGE_OVERDUE)) {
            var charge = message.payload(FinanceMessages.CHARGE_OVERDUE);
            return changes.apply(CONSUMER, message, charge.customerId(),
                    session -> charges.overdue(session, tenant, charge));
        }
        return InputChanges.skip();
    }
}
