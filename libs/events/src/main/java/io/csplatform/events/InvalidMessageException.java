package io.csplatform.events;

/** A message that can never be processed as sent (bad headers, bad payload): it goes to the dead-letter topic. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
