package io.csplatform.finance.sale;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.SaleRecorded;
import io.csplatform.finance.sale.SaleDtos.RecordSale;
import io.csplatform.finance.sale.SaleDtos.SaleView;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records one-off sales and publishes {@code sale.recorded} with the customer's month and year totals. The customer's
 * row is locked first, so two sales of one customer never publish the same total.
 */
@ApplicationScoped
public class SaleService {

    /** The customer's sales in one currency: the month's total and count, then the year's (the month lies in the year). */
    private static final String TOTALS = """
            select coalesce(sum(amount) filter (where soldOn >= :month and soldOn < :nextMonth), 0),
                   count(*) filter (where soldOn >= :month and soldOn < :nextMonth),
                   coalesce(sum(amount), 0), count(*)
            from Sale
            where tenantId = :tenant and customerId = :customer and currency = :currency
              and soldOn >= :year and soldOn < :nextYear""";

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final Outbox outbox;
    private final Clock clock;

    public SaleService(Mutiny.SessionFactory sessions, CustomerDirectory customers, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<SaleView> record(String tenantId, RecordSale request) {
        Sale sale = new Sale();
        sale.id = UUID.randomUUID();
        sale.tenantId = tenantId;
        sale.customerId = request.customerId();
        sale.externalId = request.externalId();
        sale.product = request.product();
        sale.amount = request.amount();
        sale.currency = request.currency();
        sale.soldOn = request.soldOn();
        sale.createdAt = clock.instant();
        return sessions.withTransaction(session -> customers.lock(session, tenantId, sale.customerId)
                        .onItem().ifNull().failWith(() -> ProblemException.invalidField("customerId",
                                "unknown customer " + sale.customerId))
                        .chain(() -> record(session, sale)))
                .onFailure(UniqueViolation::test).transform(e -> ProblemException.conflict("duplicate-external-id",
                        "a sale with externalId '" + sale.externalId + "' already exists"))
                .replaceWith(() -> SaleView.of(sale));
    }

    /** Persists the sale and publishes it with its totals; the caller holds the customer's lock. */
    public Uni<EventHeaders> record(Mutiny.Session session, Sale sale) {
        LocalDate month = sale.soldOn.withDayOfMonth(1);
        LocalDate year = sale.soldOn.withDayOfYear(1);
        return session.persist(sale).chain(session::flush)
                .chain(() -> session.createSelectionQuery(TOTALS, Object[].class)
                        .setParameter("tenant", sale.tenantId).setParameter("customer", sale.customerId)
                        .setParameter("currency", sale.currency)
                        .setParameter("month", month).setParameter("nextMonth", month.plusMonths(1))
                        .setParameter("year", year).setParameter("nextYear", year.plusYears(1))
                        .getSingleResult())
                .chain(totals -> outbox.publish(session, Topic.FINANCE_EVENTS, FinanceMessages.SALE_RECORDED,
                        sale.tenantId, sale.customerId, new SaleRecorded(sale.id, sale.customerId, sale.externalId,
                                sale.product, sale.amount, sale.currency, sale.soldOn,
                                (BigDecimal) totals[0], ((Long) totals[1]).intValue(),
                                (BigDecimal) totals[2], ((Long) totals[3]).intValue())));
    }
}
