package org.whatmatters.safety;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles the small phrase language used in {@link Lexicon} into regexes over normalised text
 * (tokens joined by single spaces, with a space before the first and after the last token).
 *
 * <pre>
 *   want/need       one word from the list          a_lot      several words ("a lot")
 *   word?           optional                        *  or *N   0..3 (or 0..N) filler words, never "not"/"never"
 *   &#64;macro(?)   a named list of phrases (may also be one alternative: &#64;intent/keep)
 *   !a/b_c          not followed by any of these    #          a number of 10 or more
 *   $               end of clause (before "." or "," or the end of the message)
 * </pre>
 * Every element consumes whole tokens, so matches always sit on word boundaries ("skill" never matches "kill").
 */
final class PhraseCompiler {

    private static final String FILLER = "(?:(?!(?:not|never) )[^ ,.]+ )";

    private final Map<String, String> macros;
    private final Set<String> vocabulary = new HashSet<>();

    PhraseCompiler(Map<String, String> macros) {
        this.macros = macros;
    }

    /** Every literal word seen so far: used by the normaliser to repair near-miss spellings. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    Pattern compile(String phrase) {
        return Pattern.compile("(?<= )" + sequence(phrase, 0));
    }

    private String sequence(String phrase, int depth) {
        if (depth > 5) {
            throw new IllegalArgumentException("macro nesting too deep: " + phrase);
        }
        StringBuilder sb = new StringBuilder();
        for (String element : phrase.trim().split("\\s+")) {
            sb.append(element(element, depth));
        }
        return sb.toString();
    }

    private String element(String element, int depth) {
        if (element.startsWith("!")) {
            return "(?!" + alternatives(element.substring(1), depth) + ")";
        }
        if (element.equals("$")) {
            return "(?=[.,] |$)";
        }
        if (element.equals("#")) {
            return "(?:[1-9][0-9]+ )";
        }
        if (element.startsWith("*")) {
            int max = element.length() > 1 ? Integer.parseInt(element.substring(1)) : 3;
            return FILLER + "{0," + max + "}";
        }
        boolean optional = element.endsWith("?");
        String regex = alternatives(optional ? element.substring(0, element.length() - 1) : element, depth);
        return optional ? regex + "?" : regex;
    }

    /** "a/b_c/@macro": one regex group; each alternative consumes whole tokens including their trailing space. */
    private String alternatives(String alternatives, int depth) {
        return Arrays.stream(alternatives.split("/"))
                .map(alt -> alt.startsWith("@") ? macro(alt.substring(1), depth) : word(alt))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private String macro(String name, int depth) {
        String definition = macros.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("unknown macro @" + name);
        }
        return Arrays.stream(definition.split("\\|"))
                .map(alternative -> sequence(alternative, depth + 1))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private String word(String word) {
        if (!word.matches("[a-z0-9'_&]+")) {
            throw new IllegalArgumentException("bad word in phrase: " + word);
        }
        vocabulary.addAll(Arrays.asList(word.split("_")));
        return Pattern.quote(word.replace('_', ' ')) + " ";
    }
}
