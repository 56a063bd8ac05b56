package io.csplatform.runtime.execution;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/**
 * Serialises the work on one customer (a transaction-scoped PostgreSQL advisory lock): its events from different
 * topics and the scheduler never interleave, so a held trigger and the customer's creation cannot miss each other,
 * and a limit is counted against every execution before it.
 */
public final class CustomerLock {

    private CustomerLock() {
    }

    public static Uni<Void> lock(Mutiny.Session session, String tenant, UUID customer) {
        long key = customer.getMostSignificantBits() ^ customer.getLeastSignificantBits() ^ ((long) tenant.hashCode() << 32);
        return session.createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)", String.class)
                .setParameter("key", key).getSingleResult().replaceWithVoid();
    }
}
