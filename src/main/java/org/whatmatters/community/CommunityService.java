package org.whatmatters.community;

import java.util.List;

/**
 * One service of the directory, as written in {@code community/services.yaml}.
 *
 * @param when days and times, or null
 * @param area where it is, or null
 */
public record CommunityService(String id, String name, String description, List<String> themes, String contact, String when, String area) {

    public CommunityService {
        themes = List.copyOf(themes);
    }

    /** Whether a plan item's text is this service's {@link #summary()} (possibly edited after the name). */
    public boolean suggestedIn(String itemText) {
        return itemText.startsWith(name + ": ");
    }

    /** How the service reads in a plan: name, what it is, then how to get in touch and when. */
    public String summary() {
        StringBuilder sb = new StringBuilder(name).append(": ").append(description);
        sb.append(" Contact: ").append(contact);
        if (when != null) {
            sb.append(" (").append(when).append(')');
        }
        if (area != null) {
            sb.append(", ").append(area);
        }
        return sb.append('.').toString().replace("..", ".");
    }
}
