package org.whatmatters.safety;

/** How fast a person must act on a risk. */
public enum SafetyLevel {
    /** Act now. */
    URGENT,
    /** A human reviews it the same day. */
    CONCERN
}
