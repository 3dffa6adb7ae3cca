package org.whatmatters.consent;

/** What a message asks about being contacted. */
public enum ContactRequest {
    /** Stop all messages and calls to this number. */
    OPT_OUT,
    /** Start them again (START, UNSTOP). */
    OPT_IN,
    /** HELP or INFO: how this service works, how to stop, and where to get urgent help. */
    HELP,
    NONE
}
