package org.whatmatters.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the people and relationships a person mentions ("my daughter Susan", "my neighbour Pat", "nobody really"). */
public final class People {

    private static final String RELATION = "daughters?|sons?|wife|husband|partner|mum|mam|mom|mother|dad|father|brothers?|bro|sisters?|sis|"
            + "neighbou?rs?|friends?|mates?|grandsons?|granddaughters?|grandchildren|grandkids|grandchild|carers?|nephews?|nieces?|"
            + "aunt|auntie|uncle|cousins?|boyfriend|girlfriend|children|kids|family|gp|doctor|link worker|social worker|support worker|"
            + "vicar|priest|imam|stepdad|stepmum|stepson|stepdaughter|in-laws|son-in-law|daughter-in-law|other half|lodger|flatmate";
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:my|our|the|his|her|their)\\s+(?:(?:little|big|older|younger|eldest|youngest|best|late|ex|step|two|three|lovely|good|old)\\s+)*"
                    + "(?:" + RELATION + ")\\b(?:\\s+(?!I\\b|And\\b|The\\b)[A-Z][a-z]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOBODY = Pattern.compile("\\b(nobody|no one|no-one|no1|noone)\\b", Pattern.CASE_INSENSITIVE);

    private People() {}

    /** The mentions, as written, in order. */
    public static List<String> mentions(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String mention = m.group().strip();
            // A following word only counts as a name when it is written with a capital letter.
            String[] words = mention.split("\\s+");
            String last = words[words.length - 1];
            if (words.length > 2 && !Character.isUpperCase(last.charAt(0)) && !last.matches("(?i)(" + RELATION + ")")) {
                mention = mention.substring(0, mention.length() - last.length()).strip();
            }
            found.add(mention);
        }
        Matcher nobody = NOBODY.matcher(text);
        if (found.isEmpty() && nobody.find()) {
            found.add(nobody.group());
        }
        return found;
    }
}
