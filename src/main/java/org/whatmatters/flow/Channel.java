package org.whatmatters.flow;

/** The channel a conversation happens on; flows may word a question differently for each. */
public enum Channel {
    WEB, SMS, VOICE;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
