package io.csplatform.finance.charge;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.finance.charge.ChargeDtos.ChargeView;
import io.csplatform.finance.charge.ChargeDtos.PayCharge;
import io.csplatform.finance.charge.ChargeDtos.RegisterCharge;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/** Registering, paying and cancelling charges; each change commits with its {@code charge.upserted}. */
@ApplicationScoped
public class ChargeService {

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final ChargeEvents events;
    private final Clock clock;

    public ChargeService(Mutiny.SessionFactory sessions, CustomerDirectory customers, ChargeEvents events, Clock clock) {
        this.sessions = sessions;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    public Uni<ChargeView> register(String tenantId, RegisterCharge request) {
        Charge charge = new Charge();
        charge.id = UUID.randomUUID();
        charge.tenantId = tenantId;
        charge.customerId = request.customerId();
        charge.externalId = request.externalId();
        charge.contractExternalId = request.contractExternalId();
        charge.amount = request.amount();
        charge.currency = request.currency();
        charge.dueDate = request.dueDate();
        charge.status = Charge.OPEN;
        charge.createdAt = clock.instant();
        charge.updatedAt = charge.createdAt;
        return sessions.withTransaction(session -> customers.exists(session, tenantId, request.customerId())
                        .invoke(known -> {
                            if (!known) {
                                throw ProblemException.invalidField("customerId", "unknown customer " + request.customerId());
                            }
                        })
                        .chain(() -> session.persist(charge)).chain(session::flush)
                        .chain(() -> events.upserted(session, charge, null)))
                .onFailure(UniqueViolation::test).transform(e -> ProblemException.conflict("duplicate-external-id",
                        "a charge with externalId '" + charge.externalId + "' already exists"))
                .replaceWith(() -> ChargeView.of(charge));
    }

    public Uni<ChargeView> pay(String tenantId, UUID id, PayCharge request) {
        return change(tenantId, id, charge -> {
            charge.status = Charge.PAID;
            charge.paidDate = request.paidDate();
        });
    }

    public Uni<ChargeView> cancel(String tenantId, UUID id) {
        return change(tenantId, id, charge -> charge.status = Charge.CANCELLED);
    }

    public Uni<ChargeView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transform(ChargeView::of));
    }

    /** Applies {@code change} to an unpaid charge; null when the charge is unknown. */
    private Uni<ChargeView> change(String tenantId, UUID id, Consumer<Charge> change) {
        return sessions.withTransaction(session -> load(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(charge -> {
                    if (!charge.isUnpaid()) {
                        throw ProblemException.conflict("charge-settled", "charge " + id + " is " + charge.status);
                    }
                    String previous = charge.status;
                    change.accept(charge);
                    charge.updatedAt = clock.instant();
                    return events.upserted(session, charge, previous).replaceWith(() -> ChargeView.of(charge));
                }));
    }

    static Uni<Charge> load(Mutiny.Session session, String tenantId, UUID id, LockModeType lock) {
        return session.createSelectionQuery("from Charge where tenantId = :tenant and id = :id", Charge.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .setLockMode(lock)
                .getSingleResultOrNull();
    }
}
