package org.whatmatters.plan;

import java.util.Arrays;
import java.util.Optional;

/** The plan sections a link worker can edit, with the names used in the JSON and on screen. */
public enum Section {
    WHAT_MATTERS("whatMatters", "What matters to me"),
    STRENGTHS("strengths", "Strengths: what is going well"),
    NEEDS("needs", "Needs: what is hard"),
    GOALS("goals", "Goals and actions"),
    SUPPORT_NETWORK("supportNetwork", "People who support me"),
    COMMUNITY_CONNECTIONS("communityConnections", "Community connections"),
    PREFERENCES("preferences", "Contact and communication"),
    PROGRESS("progress", "Progress since last time");

    private final String key;
    private final String title;

    Section(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<Section> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
