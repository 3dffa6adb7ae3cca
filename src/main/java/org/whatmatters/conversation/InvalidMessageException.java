package org.whatmatters.conversation;

/** A message that cannot be accepted (empty, too long). Nothing is stored. */
public class InvalidMessageException extends RuntimeException {

    InvalidMessageException(String message) {
        super(message);
    }
}
