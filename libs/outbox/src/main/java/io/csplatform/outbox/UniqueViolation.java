package io.csplatform.outbox;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

import java.util.function.Predicate;

/**
 * Recognises PostgreSQL's unique_violation (SQL state 23505) anywhere in a failure's causes: the index decides,
 * not a count. {@link #test} matches any unique index, {@link #of} one named index.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** Any unique violation. */
    public static boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    /** A violation of the unique index {@code index}. */
    public static Predicate<Throwable> of(String index) {
        return failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                        && index.equals(pg.getConstraint())) {
                    return true;
                }
                if (cause instanceof ConstraintViolationException violation
                        && UNIQUE_VIOLATION.equals(violation.getSQLState())
                        && (index.equals(violation.getConstraintName())
                        || String.valueOf(violation.getMessage()).contains("\"" + index + "\""))) {
                    return true;
                }
            }
            return false;
        };
    }
}
