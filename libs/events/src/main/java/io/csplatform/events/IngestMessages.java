package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ErpAmendment;
import io.csplatform.events.payload.ErpCharge;
import io.csplatform.events.payload.ErpContract;
import io.csplatform.events.payload.ErpPayment;
import io.csplatform.events.payload.ErpSale;
import io.csplatform.events.payload.HelpdeskTicket;
import io.csplatform.events.payload.TrackingEvent;

import java.util.List;

/**
 * Messages ERP and billing systems send on {@code cs.ingest.erp.v1} (key: the ERP's customer external id) and to
 * the bulk endpoints {@code /api/v1/erp/*}. Contracts and amendments are applied by the contracts service; charges,
 * payments and sales by the finance service. Helpdesks send tickets on {@code cs.ingest.helpdesk.v1} and to
 * {@code /api/v1/helpdesk/tickets}, applied by the tickets service. Customers' products send usage events on
 * {@code cs.ingest.tracking.v1} and to {@code /api/v1/tracking/events}, applied by the tracking service.
 */
public final class IngestMessages {

    public static final MessageType<ErpContract> ERP_CONTRACT = new MessageType<>("erp.contract", ErpContract.class, Kind.EVENT);
    public static final MessageType<ErpAmendment> ERP_AMENDMENT =
            new MessageType<>("erp.amendment", ErpAmendment.class, Kind.EVENT);
    public static final MessageType<ErpCharge> ERP_CHARGE = new MessageType<>("erp.charge", ErpCharge.class, Kind.EVENT);
    public static final MessageType<ErpPayment> ERP_PAYMENT = new MessageType<>("erp.payment", ErpPayment.class, Kind.EVENT);
    public static final MessageType<ErpSale> ERP_SALE = new MessageType<>("erp.sale", ErpSale.class, Kind.EVENT);
    public static final MessageType<HelpdeskTicket> HELPDESK_TICKET =
            new MessageType<>("helpdesk.ticket", HelpdeskTicket.class, Kind.EVENT);
    public static final MessageType<TrackingEvent> TRACKING_EVENT =
            new MessageType<>("tracking.event", TrackingEvent.class, Kind.EVENT);
    /** Applied by the contracts service. */
    public static final List<MessageType<?>> CONTRACTS = List.of(ERP_CONTRACT, ERP_AMENDMENT);
    /** Applied by the finance service. */
    public static final List<MessageType<?>> FINANCE = List.of(ERP_CHARGE, ERP_PAYMENT, ERP_SALE);
    /** Every message of {@code cs.ingest.erp.v1}. */
    public static final List<MessageType<?>> ERP = List.of(ERP_CONTRACT, ERP_AMENDMENT, ERP_CHARGE, ERP_PAYMENT, ERP_SALE);
    /** Every message of {@code cs.ingest.helpdesk.v1}, applied by the tickets service. */
    public static final List<MessageType<?>> HELPDESK = List.of(HELPDESK_TICKET);
    /** Every message of {@code cs.ingest.tracking.v1}, applied by the tracking service. */
    public static final List<MessageType<?>> TRACKING = List.of(TRACKING_EVENT);
    public static final List<MessageType<?>> ALL = List.of(ERP_CONTRACT, ERP_AMENDMENT, ERP_CHARGE, ERP_PAYMENT, ERP_SALE,
            HELPDESK_TICKET, TRACKING_EVENT);

    private IngestMessages() {
    }
}
