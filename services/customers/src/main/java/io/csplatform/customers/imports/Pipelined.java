package io.csplatform.customers.imports;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Objects;

/**
 * Statements of one transaction sent without waiting for each other's answer: the reactive PostgreSQL client queues
 * them on the connection in subscription order and pipelines them, so a batch's writes cost one round trip instead of
 * one each. Only for statements whose parameters do not depend on an earlier statement's result.
 */
final class Pipelined {

    private Pipelined() {
    }

    /** Runs the statements (nulls skipped) in order on their connection; fails with the first failure. */
    static Uni<Void> all(List<Uni<Void>> statements) {
        List<Uni<Void>> present = statements.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(present).andFailFast().replaceWithVoid();
    }
}
