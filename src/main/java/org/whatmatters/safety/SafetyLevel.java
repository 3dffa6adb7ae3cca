package org.whatmatters.safety;

/** How quickly a human must act on a safety finding. */
public enum SafetyLevel {
    /** Act now: current intent or plan, medical emergency, current violence, harm to others, child in danger. */
    URGENT,
    /** Same-day human review: passive wishes, past self-harm, controlling behaviour, self-neglect. */
    CONCERN
}
