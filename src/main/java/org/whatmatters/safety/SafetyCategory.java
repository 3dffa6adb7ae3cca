package org.whatmatters.safety;

public enum SafetyCategory {
    SUICIDE, SELF_HARM, ABUSE, HARM_TO_OTHERS, CHILD_AT_RISK, MEDICAL_EMERGENCY, SELF_NEGLECT
}
