package org.whatmatters.plan;

public enum PlanStatus {
    DRAFT, IN_REVIEW, APPROVED, RETURNED
}
