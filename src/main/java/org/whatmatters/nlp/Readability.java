package org.whatmatters.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard an English text is to read: the Flesch-Kincaid grade level, 0.39 x (words per sentence) + 11.8 x
 * (syllables per word) - 15.59. A US grade of 6 is a UK reading age of about 11. Syllables are counted by the
 * usual rule of thumb (groups of vowels, less a silent final e), which is close enough for short plain texts.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {}

    /** The Flesch-Kincaid grade of a text; 0 for a text with no words. */
    public static double grade(String text) {
        int words = 0;
        int syllables = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words++;
            syllables += syllables(w.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(text.strip());
        while (s.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences + (text.strip().matches(".*[.!?]$") ? 0 : 1));
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Syllables in one word, at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'.*$", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.matches(".*[^tdsxzcgh](es|ed)$") || w.matches(".*[td]es$")) {
            w = w.substring(0, w.length() - 2); // "makes", "walked", "notes": a silent e; not "wanted", "boxes"
        }
        int n = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
