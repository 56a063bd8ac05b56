package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.events.payload.ChargeUpserted;
import io.csplatform.events.payload.SaleRecorded;

import java.util.List;

/** Events of the finance service ({@code cs.finance.events.v1}). */
public final class FinanceMessages {

    public static final MessageType<ChargeUpserted> CHARGE_UPSERTED =
            new MessageType<>("charge.upserted", ChargeUpserted.class, Kind.EVENT);
    public static final MessageType<ChargeOverdue> CHARGE_OVERDUE =
            new MessageType<>("charge.overdue", ChargeOverdue.class, Kind.EVENT);
    public static final MessageType<SaleRecorded> SALE_RECORDED =
            new MessageType<>("sale.recorded", SaleRecorded.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(CHARGE_UPSERTED, CHARGE_OVERDUE, SALE_RECORDED);

    private FinanceMessages() {
    }
}
