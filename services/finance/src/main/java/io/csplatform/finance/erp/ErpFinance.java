package io.csplatform.finance.erp;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.payload.ErpCharge;
import io.csplatform.events.payload.ErpPayment;
import io.csplatform.events.payload.ErpSale;
import io.csplatform.finance.charge.Charge;
import io.csplatform.finance.charge.ChargeEvents;
import io.csplatform.finance.sale.Sale;
import io.csplatform.finance.sale.SaleService;
import io.csplatform.ingest.Applied;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies the ERP's charges, payments and sales (from the bulk endpoints and from Kafka alike), in the caller's
 * transaction. Charges are upserted by external id and ordered by the ERP's version; overdue is the platform's
 * call, so an ERP status "open" leaves an overdue charge overdue. Sales are recorded once per external id.
 */
@ApplicationScoped
public class ErpFinance {

    private final CustomerDirectory customers;
    private final ChargeEvents chargeEvents;
    private final SaleService sales;
    private final Clock clock;

    public ErpFinance(CustomerDirectory customers, ChargeEvents chargeEvents, SaleService sales, Clock clock) {
        this.customers = customers;
        this.chargeEvents = chargeEvents;
        this.sales = sales;
        this.clock = clock;
    }

    public Uni<Applied> charge(Mutiny.Session session, String tenantId, ErpCharge erp) {
        return withCustomer(session, tenantId, erp.customerExternalId(), customerId -> chargeByExternalId(session, tenantId,
                erp.externalId()).chain(existing -> existing == null ? createCharge(session, tenantId, customerId, erp)
                : updateCharge(session, existing, customerId, erp)));
    }

    public Uni<Applied> payment(Mutiny.Session session, String tenantId, ErpPayment erp) {
        return withCustomer(session, tenantId, erp.customerExternalId(), customerId -> chargeByExternalId(session, tenantId,
                erp.chargeExternalId()).chain(charge -> {
                    if (charge == null || !charge.customerId.equals(customerId)) {
                        return Uni.createFrom().item(Applied.rejected("unknown charge '" + erp.chargeExternalId()
                                + "' for customer '" + erp.customerExternalId() + "'"));
                    }
                    if (Charge.PAID.equals(charge.status)) {
                        return Uni.createFrom().item(Applied.unchanged(charge.id));
                    }
                    if (Charge.CANCELLED.equals(charge.status)) {
                        return Uni.createFrom().item(Applied.rejected("charge '" + erp.chargeExternalId() + "' is cancelled"));
                    }
                    String previous = charge.status;
                    charge.status = Charge.PAID;
                    charge.paidDate = erp.paidDate();
                    charge.updatedAt = clock.instant();
                    return chargeEvents.upserted(session, charge, previous).replaceWith(Applied.updated(charge.id));
                }));
    }

    public Uni<Applied> sale(Mutiny.Session session, String tenantId, ErpSale erp) {
        return withCustomer(session, tenantId, erp.customerExternalId(), customerId -> customers.lock(session, tenantId, customerId)
                .chain(() -> saleByExternalId(session, tenantId, erp.externalId()))
                .chain(known -> {
                    if (known != null) {
                        return Uni.createFrom().item(Applied.unchanged(known));
                    }
                    Sale sale = new Sale();
                    sale.id = UUID.randomUUID();
                    sale.tenantId = tenantId;
                    sale.customerId = customerId;
                    sale.externalId = erp.externalId();
                    sale.product = erp.product();
                    sale.amount = erp.amount();
                    sale.currency = erp.currency();
                    sale.soldOn = erp.soldOn();
                    sale.createdAt = clock.instant();
                    return sales.record(session, sale).replaceWith(Applied.created(sale.id));
                }));
    }

    private Uni<Applied> createCharge(Mutiny.Session session, String tenantId, UUID customerId, ErpCharge erp) {
        Charge charge = new Charge();
        charge.id = UUID.randomUUID();
        charge.tenantId = tenantId;
        charge.customerId = customerId;
        charge.externalId = erp.externalId();
        charge.createdAt = clock.instant();
        charge.status = erp.status();
        copy(erp, charge);
        return session.persist(charge).chain(session::flush)
                .chain(() -> chargeEvents.upserted(session, charge, null))
                .replaceWith(Applied.created(charge.id));
    }

    private Uni<Applied> updateCharge(Mutiny.Session session, Charge charge, UUID customerId, ErpCharge erp) {
        long applied = charge.erpVersion == null ? -1 : charge.erpVersion;
        if (!charge.customerId.equals(customerId)) {
            return Uni.createFrom().item(Applied.rejected("charge '" + erp.externalId() + "' belongs to another customer"));
        }
        if (erp.version() < applied) {
            return Uni.createFrom().item(Applied.rejected("out of order: version " + erp.version()
                    + " is older than the applied version " + applied));
        }
        if (erp.version() == applied) {
            return Uni.createFrom().item(Applied.unchanged(charge.id));
        }
        String previous = charge.status;
        boolean staysOverdue = Charge.OVERDUE.equals(previous) && Charge.OPEN.equals(erp.status());
        charge.status = staysOverdue ? Charge.OVERDUE : erp.status();
        copy(erp, charge);
        return chargeEvents.upserted(session, charge, previous).replaceWith(Applied.updated(charge.id));
    }

    private void copy(ErpCharge erp, Charge charge) {
        charge.contractExternalId = erp.contractExternalId();
        charge.amount = erp.amount();
        charge.currency = erp.currency();
        charge.dueDate = erp.dueDate();
        charge.paidDate = erp.paidDate();
        charge.erpVersion = erp.version();
        charge.updatedAt = clock.instant();
    }

    private Uni<Applied> withCustomer(Mutiny.Session session, String tenantId, String customerExternalId,
                                      Function<UUID, Uni<Applied>> work) {
        return customers.byExternalId(session, tenantId, customerExternalId)
                .chain(customerId -> customerId == null ? Uni.createFrom().item(Applied.unknownCustomer(customerExternalId))
                        : work.apply(customerId));
    }

    private static Uni<Charge> chargeByExternalId(Mutiny.Session session, String tenantId, String externalId) {
        return session.createSelectionQuery("from Charge where tenantId = :tenant and externalId = :externalId", Charge.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    private static Uni<UUID> saleByExternalId(Mutiny.Session session, String tenantId, String externalId) {
        return session.createSelectionQuery("select id from Sale where tenantId = :tenant and externalId = :externalId", UUID.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .getResultList()
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }
}
