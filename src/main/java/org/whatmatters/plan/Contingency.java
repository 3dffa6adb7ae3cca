package org.whatmatters.plan;

/** The fixed, reviewed "if things get worse" text every plan carries. Never generated. */
final class Contingency {

    private static final String BASE = "If things get worse: if your life or someone else's life is at risk, call 999 or go to A&E. "
            + "For urgent mental health help, call NHS 111 and choose option 2 (any time). "
            + "You can call Samaritans free on 116 123 (any time), or text SHOUT to 85258.";
    private static final String ABUSE = " If you are being hurt or controlled by someone, call the National Domestic Abuse Helpline free on 0808 2000 247 (any time).";

    private Contingency() {}

    static String text(boolean abuse) {
        return abuse ? BASE + ABUSE : BASE;
    }
}
