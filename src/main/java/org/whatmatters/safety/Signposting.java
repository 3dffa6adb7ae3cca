package org.whatmatters.safety;

import java.util.Objects;

/** Fixed, reviewed signposting text shown to the person. Never generated. Plain ASCII, England numbers. */
public final class Signposting {

    private static final String TOLD = " A link worker will be told straight away and will contact you.";
    private static final String TODAY = " A link worker will be told and will contact you today.";

    private static final String MENTAL_HEALTH_URGENT =
            "Thank you for telling us. You matter, and you do not have to cope with this alone."
            + " If you are in danger now, call 999 or go to A&E."
            + " For urgent mental health help, call NHS 111 and choose option 2, any time, day or night."
            + " You can call Samaritans free on 116 123 at any time, or text SHOUT to 85258." + TOLD;

    private static final String MENTAL_HEALTH_CONCERN =
            "Thank you for telling us how you feel. You matter." + TODAY
            + " If you want to talk now, call Samaritans free on 116 123 at any time, or text SHOUT to 85258."
            + " For urgent mental health help, call NHS 111 and choose option 2."
            + " If you are in danger now, call 999.";

    private static final String ABUSE =
            "Thank you for telling us. What is happening is not your fault."
            + " If you are in danger now, call 999. If you cannot speak, call 999, then press 55."
            + " The National Domestic Abuse Helpline is free and open 24/7 on 0808 2000 247.";

    private static final String HARM_TO_OTHERS =
            "Thank you for being honest with us. If someone is in danger now, call 999."
            + " If you feel you might hurt someone, please move away from them if you can."
            + " For urgent mental health help, call NHS 111 and choose option 2, any time, day or night.";

    private static final String CHILD =
            "Thank you for telling us. If a child is in danger now, call 999."
            + " You can talk to the NSPCC free on 0808 800 5000."
            + " Children and young people under 19 can call Childline free on 0800 1111.";

    private static final String MEDICAL_URGENT =
            "Please call 999 now, or go to A&E straight away."
            + " If you have taken too many tablets or medicines, call 999 now, even if you feel fine,"
            + " and keep the packets to show them." + TOLD;

    private static final String MEDICAL_CONCERN =
            "If you feel very unwell or it gets worse, call 999 or go to A&E."
            + " If it is not an emergency, call NHS 111." + TODAY;

    private static final String SELF_NEGLECT =
            "Thank you for telling us. We want to help." + TODAY
            + " If you want to talk now, call Samaritans free on 116 123 at any time."
            + " For urgent mental health help, call NHS 111 and choose option 2.";

    private Signposting() {}

    /** Fixed, reviewed text shown to the person for that category/level. Never generated. */
    public static String textFor(SafetyCategory category, SafetyLevel level) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level, "level");
        boolean urgent = level == SafetyLevel.URGENT;
        return switch (category) {
            case SUICIDE, SELF_HARM -> urgent ? MENTAL_HEALTH_URGENT : MENTAL_HEALTH_CONCERN;
            case ABUSE -> ABUSE + (urgent ? TOLD : TODAY);
            case HARM_TO_OTHERS -> HARM_TO_OTHERS + (urgent ? TOLD : TODAY);
            case CHILD_AT_RISK -> CHILD + (urgent ? TOLD : TODAY);
            case MEDICAL_EMERGENCY -> urgent ? MEDICAL_URGENT : MEDICAL_CONCERN;
            case SELF_NEGLECT -> urgent ? "If you are in danger now, call 999. " + SELF_NEGLECT : SELF_NEGLECT;
        };
    }
}
