package org.whatmatters.channel.twilio;

/** A message that was not sent, and why. */
public class NotSentException extends RuntimeException {

    public enum Reason { NOT_CONFIGURED, OPTED_OUT, INVALID_NUMBER, FAILED }

    private final Reason reason;

    NotSentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
