package io.csplatform.rest;

/**
 * Another service this one needs to answer the request (e.g. the customers service, asked about a customer this
 * service does not know yet) is down, overloaded or too slow: the client did nothing wrong and should try again, so
 * the request is answered 503 with {@code Retry-After} ({@link Unavailable}), never 400 or 500.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message) {
        super(message);
    }

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
