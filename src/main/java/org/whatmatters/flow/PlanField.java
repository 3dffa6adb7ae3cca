package org.whatmatters.flow;

import java.util.Arrays;
import java.util.Optional;

/** Where an answer goes in the drafted care and support plan. Named in flow files with {@code plan:}. */
public enum PlanField {
    PREFERRED_NAME("preferred-name"),
    CONSENT("consent"),
    WHAT_MATTERS("what-matters"),
    STRENGTHS("strengths"),
    NEEDS("needs"),
    SUPPORT_NETWORK("support-network"),
    GOALS("goals"),
    GOAL_PROGRESS("goal-progress"),
    COMMUNITY_CONNECTIONS("community-connections"),
    LIFE_SATISFACTION("life-satisfaction"),
    WORTHWHILE("worthwhile"),
    HAPPINESS("happiness"),
    ANXIETY("anxiety"),
    CONTACT_METHOD("contact-method"),
    LANGUAGE("language"),
    COMMUNICATION_NEEDS("communication-needs");

    private final String yamlName;

    PlanField(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Free-text fields about the person's life, where words that raised a safety concern belong in the plan too. */
    public boolean describesLife() {
        return this == WHAT_MATTERS || this == STRENGTHS || this == NEEDS || this == SUPPORT_NETWORK || this == GOALS
                || this == GOAL_PROGRESS || this == COMMUNITY_CONNECTIONS;
    }

    public boolean isWellbeingScore() {
        return this == LIFE_SATISFACTION || this == WORTHWHILE || this == HAPPINESS || this == ANXIETY;
    }

    static Optional<PlanField> fromYaml(String value) {
        return Arrays.stream(values()).filter(e -> e.yamlName.equals(value)).findFirst();
    }
}
