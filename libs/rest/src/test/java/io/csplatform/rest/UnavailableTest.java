package io.csplatform.rest;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnavailableTest {

    /** Stands for the Vert.x PostgreSQL client's exception (matched by simple name and SQLSTATE). */
    static final class PgException extends RuntimeException {
        private final String state;

        PgException(String state) {
            super("pg " + state);
            this.state = state;
        }

        public String getSqlState() {
            return state;
        }
    }

    @Test
    void connectionFailuresAnywhereInTheChainAreUnavailable() {
        assertThat(Unavailable.is(new CompletionException(new ConnectException("Connection refused")))).isTrue();
        assertThat(Unavailable.is(new IllegalStateException("wrapped", new PgException("57P01")))).isTrue();
        assertThat(Unavailable.is(new PgException("08006"))).isTrue();
        assertThat(Unavailable.is(new SQLException("too many", "53300"))).isTrue();
        assertThat(Unavailable.is(new RuntimeException(new io.vertx.core.VertxException("Connection is closed")))).isTrue();
    }

    @Test
    void aCompositeWithAConnectionFailureAmongItsFailuresIsUnavailable() {
        // what contracts threw when PostgreSQL went away mid-request: the request's own "unknown customer" plus the
        // rollback that failed on the dead connection (answered 500 before)
        RuntimeException composite = new io.smallrye.mutiny.CompositeException(
                ProblemException.invalidField("customerId", "unknown customer"),
                new RuntimeException(new ConnectException("Connection refused")));
        assertThat(Unavailable.is(composite)).isTrue();
        assertThat(new ProblemMappers().unexpected(composite).getStatus()).isEqualTo(503);
        assertThat(Unavailable.is(new io.smallrye.mutiny.CompositeException(new NullPointerException(),
                new IllegalArgumentException("x")))).isFalse();
    }

    @Test
    void anotherServiceThatCannotAnswerIsUnavailable() {
        assertThat(Unavailable.is(new DependencyUnavailableException("the customers service answered 503"))).isTrue();
        assertThat(Unavailable.is(new CompletionException(new DependencyUnavailableException("down")))).isTrue();
    }

    @Test
    void programmingErrorsAndConstraintViolationsAreNot() {
        assertThat(Unavailable.is(new NullPointerException())).isFalse();
        assertThat(Unavailable.is(new PgException("23505"))).isFalse();
        assertThat(Unavailable.is(new PgException("42P01"))).isFalse();
        assertThat(Unavailable.is(new IllegalStateException("boom", new IllegalArgumentException("x")))).isFalse();
    }

    @Test
    void theMapperAnswers503WithRetryAfterOnlyForUnavailability() {
        ProblemMappers mappers = new ProblemMappers();
        Response down = mappers.unexpected(new RuntimeException(new PgException("57P01")));
        assertThat(down.getStatus()).isEqualTo(503);
        assertThat(down.getHeaderString("Retry-After")).isEqualTo(ProblemMappers.RETRY_AFTER_SECONDS);
        assertThat(((Problem) down.getEntity()).type()).endsWith("/unavailable");
        assertThat(mappers.unexpected(new NullPointerException()).getStatus()).isEqualTo(500);
    }
}
