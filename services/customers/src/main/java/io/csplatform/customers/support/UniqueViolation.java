package io.csplatform.customers.support;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

import java.util.function.Predicate;

/** Recognises a violation of one unique index (SQL state 23505) anywhere in a failure's causes. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static Predicate<Throwable> of(String index) {
        return failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                        && index.equals(pg.getConstraint())) {
                    return true;
                }
                if (cause instanceof ConstraintViolationException violation && UNIQUE_VIOLATION.equals(violation.getSQLState())
                        && (index.equals(violation.getConstraintName())
                        || String.valueOf(violation.getMessage()).contains("\"" + index + "\""))) {
                    return true;
                }
            }
            return false;
        };
    }
}
