package io.csplatform.customers.portfolio;

import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Portfolios of a tenant; one that still holds customers cannot be deleted. Moving customers is a customer change. */
@ApplicationScoped
public class PortfolioService {

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;

    public PortfolioService(Mutiny.SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Up to {@code limit + 1} portfolios by name (ignoring case), then id, after the cursor's (name, id); the cursor
     * holds the name as written, lowered by the database like the order.
     */
    public Uni<List<Portfolio>> list(String tenantId, KeyCursor after, int limit) {
        String seek = after == null ? "" : " and (lower(name) > lower(:name) or (lower(name) = lower(:name) and id > :id))";
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery("from Portfolio where tenantId = :tenant" + seek
                            + " order by lower(name), id", Portfolio.class)
                    .setParameter("tenant", tenantId).setMaxResults(limit + 1);
            if (after != null) {
                query.setParameter("name", after.key(0)).setParameter("id", after.key(1, UUID::fromString));
            }
            return query.getResultList();
        });
    }

    public Uni<Portfolio> get(String tenantId, UUID id) {
        return sessions.withSession(session -> find(session, tenantId, id));
    }

    public Uni<Portfolio> create(String tenantId, String name) {
        Portfolio portfolio = new Portfolio();
        portfolio.id = UUID.randomUUID();
        portfolio.tenantId = tenantId;
        portfolio.name = name.strip();
        portfolio.createdAt = clock.instant();
        return sessions.withTransaction(session -> session.persist(portfolio).chain(session::flush).replaceWith(portfolio))
                .onFailure(UniqueViolation.of("portfolio_name")).transform(e -> duplicate(portfolio.name));
    }

    public Uni<Portfolio> rename(String tenantId, UUID id, String name) {
        return sessions.withTransaction(session -> find(session, tenantId, id)
                        .onItem().ifNotNull().transformToUni(portfolio -> {
                            portfolio.name = name.strip();
                            return session.flush().replaceWith(portfolio);
                        }))
                .onFailure(UniqueViolation.of("portfolio_name")).transform(e -> duplicate(name.strip()));
    }

    /** False when there is no such portfolio; a 409 while customers are in it. */
    public Uni<Boolean> delete(String tenantId, UUID id) {
        return sessions.withTransaction(session -> find(session, tenantId, id)
                .onItem().ifNotNull().transformToUni(portfolio -> session.createSelectionQuery(
                                "select count(*) from Customer where tenantId = :tenant and portfolioId = :id", Long.class)
                        .setParameter("tenant", tenantId).setParameter("id", id).getSingleResult()
                        .chain(count -> {
                            if (count > 0) {
                                throw ProblemException.conflict("portfolio-not-empty",
                                        "portfolio '" + portfolio.name + "' still holds " + count + " customer(s)");
                            }
                            return session.remove(portfolio).replaceWith(Boolean.TRUE);
                        }))
                .onItem().ifNull().continueWith(Boolean.FALSE));
    }

    public static Uni<Portfolio> find(Mutiny.Session session, String tenantId, UUID id) {
        return session.createSelectionQuery("from Portfolio where tenantId = :tenant and id = :id", Portfolio.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getSingleResultOrNull();
    }

    private static ProblemException duplicate(String name) {
        String detail = "a portfolio named '" + name + "' already exists (names are compared ignoring case)";
        return new ProblemException(new Problem("https://csplatform.io/problems/duplicate-portfolio", "Conflict", 409,
                detail, List.of(new Problem.FieldError("name", detail))));
    }
}
