package org.whatmatters.nlp;

import java.util.regex.Pattern;

/** Finds the name a person wants to be called by in what they typed. */
public final class Names {

    private static final Pattern LEAD = Pattern.compile(
            "(?i)^\\s*(hi|hello|hiya)?[,!.]?\\s*(please\\s+)?(you can\\s+)?(just\\s+)?(call me|my name is|my name's|name's|i'?m|i am|it'?s|it is|i go by)\\s+");
    private static final Pattern TAIL = Pattern.compile("(?i)[,.!]*\\s*(please|thanks|thank you|ta)?[.!]*\\s*$");
    private static final int MAX = 60;

    private Names() {}

    /** "call me Jo please" gives "Jo"; anything unusual is kept as typed (trimmed), never invented. */
    public static String preferredName(String answer) {
        String stripped = answer.strip();
        String name = TAIL.matcher(LEAD.matcher(stripped).replaceFirst("")).replaceFirst("").strip();
        if (name.isEmpty()) {
            name = stripped;
        }
        return name.length() > MAX ? name.substring(0, MAX).strip() : name;
    }
}
