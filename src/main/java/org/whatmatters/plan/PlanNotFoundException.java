package org.whatmatters.plan;

public class PlanNotFoundException extends RuntimeException {

    PlanNotFoundException(String id) {
        super("There is no plan with id " + id + ".");
    }
}
