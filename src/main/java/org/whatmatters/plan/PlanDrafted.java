package org.whatmatters.plan;

/** A plan was drafted by the rule-based drafter and stored; published inside the completing turn's transaction. */
record PlanDrafted(String planId, String conversationId, int version) {

    /** A stored draft: its content, its version and whether a drafter may still replace it. */
    record Draft(PlanContent content, int version, boolean replaceable) {}
}
