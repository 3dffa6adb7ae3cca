package org.whatmatters.safety;

/** What kind of risk a message raised. */
public enum SafetyCategory { SUICIDE, SELF_HARM, ABUSE, HARM_TO_OTHERS, CHILD_AT_RISK, MEDICAL_EMERGENCY, SELF_NEGLECT }
