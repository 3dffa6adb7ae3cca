package org.whatmatters.channel.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one conversation turn into cheap, readable SMS bodies. */
final class SmsComposer {

    static final int MAX_SEGMENTS = 2;

    private static final String JOIN = "\n\n";
    /** A line break (with the blanks around it), or the blanks after a sentence's . ! or ?. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[ \\t]*\\r?\\n\\s*|(?<=[.!?])[ \\t]+");
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");

    private SmsComposer() {
    }

    /**
     * Turns one turn's outgoing messages into the SMS bodies to send, in order: typography made
     * GSM-friendly, reply hint added to the last message that asks something, short messages packed
     * together with a blank line, and long ones split at sentence (then word) boundaries so that no
     * body needs more than {@link #MAX_SEGMENTS} segments. Bodies are trimmed and never empty.
     */
    static List<String> compose(List<Outgoing> turn) {
        List<String> bodies = new ArrayList<>();
        if (turn == null) {
            return bodies;
        }
        int question = -1;
        for (int i = 0; i < turn.size(); i++) {
            if (turn.get(i) != null && turn.get(i).asks()) {
                question = i;
            }
        }
        String current = null;
        for (int i = 0; i < turn.size(); i++) {
            Outgoing out = turn.get(i);
            if (out == null) {
                continue;
            }
            String text = normalise(out.text()).trim();
            if (i == question) {
                text = withHint(text, out);
            }
            for (String chunk : split(text)) {
                if (current != null && fits(current + JOIN + chunk)) {
                    current = current + JOIN + chunk;
                } else {
                    if (current != null) {
                        bodies.add(current);
                    }
                    current = chunk;
                }
            }
        }
        if (current != null) {
            bodies.add(current);
        }
        return bodies;
    }

    /** Replaces typographic characters that would force UCS-2 with plain GSM ones; leaves other text alone. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2022' -> b.append('-');
                case '\u2026' -> b.append("...");
                case '\u00A0', '\u2007', '\u2009', '\u202F' -> b.append(' ');
                case '\u200B', '\uFEFF' -> { } // invisible, but would force UCS-2
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends the reply hint that the message's answer kind calls for. */
    static String withHint(String text, Outgoing out) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> options = new ArrayList<>();
        boolean skipOption = false;
        for (String option : out.options()) {
            String o = normalise(option).trim();
            if (o.equalsIgnoreCase("skip")) {
                skipOption = true;
            } else if (!o.isEmpty()) {
                options.add(o);
            }
        }
        StringBuilder hint = new StringBuilder();
        switch (out.kind()) {
            case YES_NO -> {
                if (!lower.contains("reply yes")) {
                    hint.append(" Reply YES or NO.");
                }
            }
            case CHOICE -> {
                for (int n = 1; n <= options.size(); n++) {
                    String option = options.get(n - 1).replaceAll("[.\\s]+$", "");
                    hint.append(n == 1 ? " Reply " : n == options.size() ? " or " : ", ");
                    hint.append(n).append(" for ").append(option);
                }
                if (!options.isEmpty()) {
                    hint.append('.');
                }
            }
            case SCALE -> {
                if (!lower.contains("number from")) {
                    hint.append(" Reply with a number from ").append(out.min()).append(" to ").append(out.max()).append('.');
                }
            }
            case TEXT -> {
                if (options.stream().anyMatch(o -> o.regionMatches(true, 0, "no", 0, 2))) {
                    hint.append(" Or reply NO if that's all.");
                }
            }
            default -> { }
        }
        if ((out.optional() || skipOption) && !lower.contains("reply skip")) {
            hint.append(" Reply SKIP to skip.");
        }
        return (text + hint).trim();
    }

    /** Splits one text into trimmed, non-empty pieces that each fit in {@link #MAX_SEGMENTS} segments. */
    static List<String> split(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return List.of();
        }
        if (fits(t)) {
            return List.of(t);
        }
        List<String[]> atoms = new ArrayList<>(); // {separator before, piece}
        Matcher m = SENTENCE_BREAK.matcher(t);
        int start = 0;
        String sep = "";
        while (m.find()) {
            addSentence(atoms, sep, t.substring(start, m.start()));
            sep = m.group();
            start = m.end();
        }
        addSentence(atoms, sep, t.substring(start));
        return pack(atoms);
    }

    private static void addSentence(List<String[]> atoms, String sep, String sentence) {
        if (sentence.isBlank()) {
            return;
        }
        if (fits(sentence)) {
            atoms.add(new String[] {sep, sentence});
            return;
        }
        Matcher m = WORD_BREAK.matcher(sentence);
        int start = 0;
        String wordSep = sep;
        while (m.find()) {
            addWord(atoms, wordSep, sentence.substring(start, m.start()));
            wordSep = m.group();
            start = m.end();
        }
        addWord(atoms, wordSep, sentence.substring(start));
    }

    private static void addWord(List<String[]> atoms, String sep, String word) {
        if (word.isEmpty()) {
            return;
        }
        String before = sep;
        int start = 0;
        while (start < word.length()) {
            // longest prefix from start that fits (segments only grow as characters are added)
            int lo = start + 1;
            int hi = word.length();
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (fits(word.substring(start, mid))) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int end = lo;
            if (end < word.length() && end - 1 > start && Character.isHighSurrogate(word.charAt(end - 1))) {
                end--; // never split a surrogate pair (emoji)
            }
            atoms.add(new String[] {before, word.substring(start, end)});
            before = "";
            start = end;
        }
    }

    /** Greedily joins atoms (with their original separators) into bodies that fit. */
    private static List<String> pack(List<String[]> atoms) {
        List<String> bodies = new ArrayList<>();
        String current = null;
        for (String[] atom : atoms) {
            if (current != null) {
                String joined = current + atom[0] + atom[1];
                if (fits(joined)) {
                    current = joined;
                    continue;
                }
                bodies.add(current.trim());
            }
            current = atom[1];
        }
        if (current != null && !current.isBlank()) {
            bodies.add(current.trim());
        }
        return bodies;
    }

    static boolean fits(String body) {
        return SmsSegments.of(body).segments() <= MAX_SEGMENTS;
    }
}
