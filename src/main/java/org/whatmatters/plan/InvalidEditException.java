package org.whatmatters.plan;

/** An edit that does not make sense (an item that is not there, an empty text). Nothing is changed. */
public class InvalidEditException extends RuntimeException {

    public InvalidEditException(String message) {
        super(message);
    }
}
