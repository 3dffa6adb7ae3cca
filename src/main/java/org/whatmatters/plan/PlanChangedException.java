package org.whatmatters.plan;

/** Someone else changed the plan since this page was opened; nothing was changed. */
public class PlanChangedException extends RuntimeException {

    PlanChangedException(int current) {
        super("This plan was changed by someone else since you opened it (it is now version " + current
                + "). Nothing was changed: reload it to see the latest version.");
    }
}
