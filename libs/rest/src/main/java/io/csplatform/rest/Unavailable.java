package io.csplatform.rest;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * Whether a failure means "a dependency is unreachable for now" (the database restarting or refusing connections,
 * Kafka not answering): the client did nothing wrong and should try again, so it gets 503 with Retry-After, not 500.
 * Decided on the cause chain by class names and PostgreSQL SQLSTATE, so this library needs no driver.
 */
public final class Unavailable {

    /** Class names (simple) whose presence in the cause chain means the connection, not the request, failed. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "ConnectException", "ClosedConnectionException", "NoStackTraceThrowable", "ConnectTimeoutException",
            "NoRouteToHostException", "PoolClosedException", "SocketException",
            // Kafka: the broker did not answer in time / is not available for a while
            "TimeoutException", "NotEnoughReplicasException", "NetworkException", "DisconnectException",
            "BrokerNotAvailableException", "NotLeaderOrFollowerException");

    private Unavailable() {
    }

    public static boolean is(Throwable failure) {
        return is(failure, 0);
    }

    /**
     * Along the cause chain, and into the failures a composite carries as suppressed ones (Mutiny's
     * {@code CompositeException}: a request's own error plus the rollback that failed because the connection died).
     */
    private static boolean is(Throwable failure, int depth) {
        if (depth > 8) {
            return false; // suppressed failures nested this deep are not an outage's
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DependencyUnavailableException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (is(suppressed, depth + 1)) {
                    return true;
                }
            }
            String name = t.getClass().getSimpleName();
            if (CONNECTION_FAILURES.contains(name)) {
                return !"NoStackTraceThrowable".equals(name) || mentionsConnection(t);
            }
            String state = sqlState(t);
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                    || state.equals("53000") || state.equals("40001") || state.equals("40P01"))) {
                return true;
            }
            if (name.equals("VertxException") && mentionsConnection(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsConnection(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase();
        return message.contains("connection") || message.contains("closed") || message.contains("timeout");
    }

    /** The SQLSTATE of a PostgreSQL (Vert.x client) or JDBC error, else null. */
    private static String sqlState(Throwable t) {
        if (t instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        for (String accessor : new String[] {"getSqlState", "getCode"}) {
            if (!t.getClass().getSimpleName().equals("PgException")) {
                break;
            }
            try {
                Method method = t.getClass().getMethod(accessor);
                Object value = method.invoke(t);
                if (value instanceof String state && state.length() == 5) {
                    return state;
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not this accessor
            }
        }
        return null;
    }
}
