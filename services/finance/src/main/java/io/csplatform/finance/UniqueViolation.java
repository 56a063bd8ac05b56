package io.csplatform.finance;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique_violation (23505) anywhere in a failure's causes: the index decides, not a count. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
