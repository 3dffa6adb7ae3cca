package org.whatmatters.plan;

/** A status change the plan's rules do not allow. */
public class PlanStateException extends RuntimeException {

    PlanStateException(String message) {
        super(message);
    }
}
