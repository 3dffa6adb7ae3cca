package org.whatmatters.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a message into lowercase word tokens, each remembering where it came from in the original text.
 * Curly quotes become straight, whitespace disappears, contractions and common text-speak/misspellings are
 * expanded ("im" -> "i am", "dont" -> "do not", "wanna" -> "want to", "myslef" -> "myself"). Sentence
 * punctuation becomes a "." token and commas/brackets/quotes a "," token, so phrases never match across them.
 */
final class TextNormaliser {

    /** A normalised word; start/end index the original text (expanded words share the span of their source). */
    record Token(String text, int start, int end) {}

    private final Set<String> vocabulary;
    private final Lexicon lexicon;

    TextNormaliser(Set<String> vocabulary, Lexicon lexicon) {
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
    }

    List<Token> normalise(String text) {
        List<Token> raw = tokenise(text);
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            String prev = out.isEmpty() ? "." : out.get(out.size() - 1).text();
            String next = i + 1 < raw.size() ? raw.get(i + 1).text() : ".";
            for (String part : expand(t.text(), prev, next).split(" ")) {
                out.add(new Token(part, t.start(), t.end()));
            }
        }
        return joinSplitWords(out);
    }

    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int s = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                int a = s;
                int b = i;
                while (a < b && isApostrophe(text.charAt(a))) {
                    a++;
                }
                while (b > a && isApostrophe(text.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    String word = text.substring(a, b).toLowerCase(Locale.ROOT);
                    StringBuilder clean = new StringBuilder(word.length());
                    for (char w : word.toCharArray()) {
                        clean.append(isApostrophe(w) ? '\'' : w);
                    }
                    tokens.add(new Token(clean.toString(), a, b));
                }
                continue;
            }
            if (".!?;:\n\r".indexOf(c) >= 0) {
                tokens.add(new Token(".", i, i + 1));
            } else if (",()[]{}\"\u201C\u201D\u201E\u2014\u2013/|".indexOf(c) >= 0) {
                tokens.add(new Token(",", i, i + 1));
            }
            i++;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4' || c == '\u2032';
    }

    private String expand(String w, String prev, String next) {
        boolean iWill = lexicon.set("clause-start").contains(prev)
                || (lexicon.set("i-will-verbs").contains(next) && !lexicon.set("ill-after").contains(prev));
        if ((w.equals("ill") || w.equals("id")) && iWill) {
            return w.equals("ill") ? "i will" : "i would";
        }
        if (w.equals("2") || w.equals("4")) {
            boolean count = next.chars().allMatch(Character::isDigit) || lexicon.set("time-units").contains(next);
            return count ? w : (w.equals("2") ? "to" : "for");
        }
        String spelled = lexicon.spellings.get(w);
        if (spelled != null) {
            return spelled;
        }
        if (w.indexOf('\'') > 0) {
            return contraction(w);
        }
        return vocabulary.contains(w) ? w : repair(w);
    }

    private String contraction(String w) {
        if (w.endsWith("n't")) {
            String base = w.substring(0, w.length() - 3);
            return switch (base) {
                case "ca" -> "can not";
                case "wo" -> "will not";
                case "sha" -> "shall not";
                case "ai" -> "is not";
                default -> base + " not";
            };
        }
        int k = w.lastIndexOf('\'');
        String base = lexicon.spellings.getOrDefault(w.substring(0, k), w.substring(0, k));
        return switch (w.substring(k + 1)) {
            case "m" -> base + " am";
            case "re" -> base + " are";
            case "ve" -> base + " have";
            case "ll" -> base + " will";
            case "d" -> base + " would";
            case "s" -> lexicon.set("is-contraction").contains(base) ? base + " is" : base + " 's";
            default -> w.replace("'", "");
        };
    }

    /**
     * Near misses of words the phrases use: "cuttin" -> "cutting", "myslef" -> "myself" (swapped letters, 6+ long),
     * "sucidal" -> "suicidal" (one missing letter, only towards the reviewed [set repair-targets]).
     */
    private String repair(String w) {
        if (!w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            return w;
        }
        if (w.endsWith("in") && vocabulary.contains(w + "g")) {
            return w + "g";
        }
        if (w.length() >= 6) {
            for (int i = 0; i + 1 < w.length(); i++) {
                String swapped = w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
                if (vocabulary.contains(swapped)) {
                    return swapped;
                }
            }
        }
        if (w.length() >= 7) {
            for (int i = 0; i <= w.length(); i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    String inserted = w.substring(0, i) + c + w.substring(i);
                    if (lexicon.set("repair-targets").contains(inserted)) {
                        return inserted;
                    }
                }
            }
        }
        return w;
    }

    /** "my self" -> "myself" (spans merged so matched text stays a substring of the original). */
    private static List<Token> joinSplitWords(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals("self")
                    && (t.text().equals("my") || t.text().equals("me"))) {
                out.add(new Token("myself", t.start(), tokens.get(i + 1).end()));
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
