package io.csplatform.outbox;

import io.smallrye.mutiny.Uni;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Works through the rows a query selects, in batches of {@code batch}, one transaction each: rows are taken with
 * {@code for update skip locked}, so several instances can sweep at once without doing a row twice, and handled one
 * after the other. Stops at the first short batch; answers how many rows it handled.
 */
public final class BatchSweep {

    private BatchSweep() {
    }

    public static <T> Uni<Integer> run(Mutiny.SessionFactory sessions, int batch,
                                       Function<Mutiny.Session, Mutiny.SelectionQuery<T>> select,
                                       BiFunction<Mutiny.Session, T, Uni<Void>> each) {
        return batch(sessions, batch, select, each).chain(done -> done < batch ? Uni.createFrom().item(done)
                : run(sessions, batch, select, each).map(more -> more + done));
    }

    private static <T> Uni<Integer> batch(Mutiny.SessionFactory sessions, int batch,
                                          Function<Mutiny.Session, Mutiny.SelectionQuery<T>> select,
                                          BiFunction<Mutiny.Session, T, Uni<Void>> each) {
        return sessions.withTransaction(session -> select.apply(session)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .setMaxResults(batch)
                .getResultList()
                .chain(rows -> all(session, rows, each).replaceWith(rows.size())));
    }

    private static <T> Uni<Void> all(Mutiny.Session session, List<T> rows,
                                     BiFunction<Mutiny.Session, T, Uni<Void>> each) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T row : rows) {
            chain = chain.chain(() -> each.apply(session, row));
        }
        return chain;
    }
}
