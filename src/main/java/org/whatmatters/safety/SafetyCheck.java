package org.whatmatters.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whatmatters.nlp.Embeddings;
import org.whatmatters.safety.Lexicon.Rule;
import org.whatmatters.safety.TextNormaliser.Token;

/**
 * Safety check run on every inbound message: phrase rules, then (when built with embeddings) similarity by
 * meaning to reviewed risk statements ({@link SemanticSafety}). Stateless and thread-safe; the phrase data
 * ({@code safety-lexicon.txt}) is compiled once per JVM. Pipeline: normalise to tokens, find every risk phrase,
 * drop those inside an idiom, then the negation handler ("I would never hurt myself") and the past handler
 * ("used to", "years ago") drop or soften what is left. The most serious survivor wins: URGENT over CONCERN,
 * then the lexicon's [set priority], then the earliest in the message.
 */
public final class SafetyCheck {

    private record CompiledRule(Rule rule, List<Pattern> patterns) {}

    private record Candidate(SafetyLevel level, SafetyCategory category, int first, int last) {}

    private enum Negation { NONE, NEGATED, HEDGED }

    private static final Lexicon LEXICON = Lexicon.load();
    private static final List<CompiledRule> RULES;
    private static final List<Pattern> IDIOMS;
    private static final List<Pattern> PAST_MARKERS;
    private static final TextNormaliser NORMALISER;
    private static final List<String> PRIORITY = LEXICON.list("priority");

    static {
        PhraseCompiler compiler = new PhraseCompiler(LEXICON.macros);
        RULES = LEXICON.rules.stream()
                .map(r -> new CompiledRule(r, r.phrases().stream().map(compiler::compile).toList()))
                .toList();
        IDIOMS = LEXICON.idioms.stream().map(compiler::compile).toList();
        PAST_MARKERS = LEXICON.pastMarkers.stream().map(compiler::compile).toList();
        NORMALISER = new TextNormaliser(Set.copyOf(compiler.vocabulary()), LEXICON);
        for (SafetyCategory c : SafetyCategory.values()) {
            if (!PRIORITY.contains(c.name())) {
                throw new IllegalStateException("[set priority] is missing " + c);
            }
        }
    }

    private static final Comparator<Candidate> MOST_SERIOUS = Comparator
            .comparing(Candidate::level)
            .thenComparingInt(c -> PRIORITY.indexOf(c.category().name()))
            .thenComparingInt(Candidate::first)
            .thenComparingInt(c -> c.first() - c.last());

    private final SemanticSafety semantic;

    /** Phrase rules only. */
    public SafetyCheck() {
        this((SemanticSafety) null);
    }

    /** Phrase rules, then similarity to the reviewed statements in safety-references.yaml (embedded once, here). */
    public SafetyCheck(Embeddings embeddings) {
        this(new SemanticSafety(embeddings));
    }

    SafetyCheck(SemanticSafety semantic) {
        this.semantic = semantic;
    }

    /**
     * Empty when no risk. When several risks, returns the most serious (URGENT over CONCERN). matchedText = the
     * exact words of the message (substring of the original text, original case) that raised it.
     */
    public Optional<SafetyFinding> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = NORMALISER.normalise(text);
        int[] starts = new int[tokens.size()];
        String normalised = joined(tokens, starts);
        boolean[] idiom = idioms(tokens, normalised, starts);
        List<int[]> pastMarkers = spans(PAST_MARKERS, normalised, starts);

        Candidate best = null;
        for (CompiledRule compiled : RULES) {
            for (Pattern pattern : compiled.patterns()) {
                Matcher m = pattern.matcher(normalised);
                for (int from = 0; from < normalised.length() && m.find(from); from = m.start() + 1) {
                    Candidate c = assess(compiled.rule(), tokens, token(starts, m.start()),
                            token(starts, m.end() - 2), idiom, pastMarkers);
                    if (c != null && (best == null || MOST_SERIOUS.compare(c, best) < 0)) {
                        best = c;
                    }
                }
            }
        }
        if (best == null) {
            return semantic == null ? Optional.empty() : bySimilarity(text, tokens, idiom);
        }
        String matched = text.substring(tokens.get(best.first()).start(), tokens.get(best.last()).end());
        return Optional.of(new SafetyFinding(best.level(), best.category(), matched));
    }

    /**
     * The second layer, for messages no rule flagged: each clause of the message is judged by meaning
     * ({@link SemanticSafety}); the first one judged a risk raises the finding.
     */
    private Optional<SafetyFinding> bySimilarity(String text, List<Token> tokens, boolean[] idiom) {
        for (Clause clause : clauses(tokens, idiom)) {
            Optional<SemanticSafety.Candidate> found = semantic.assess(clause.text());
            if (found.isPresent()) {
                return Optional.of(new SafetyFinding(found.get().level(), found.get().category(), text.substring(clause.start(), clause.end())));
            }
        }
        return Optional.empty();
    }

    /** One sentence or clause of a message, normalised; start and end index the original text. */
    record Clause(String text, int start, int end) {}

    /**
     * The clauses of a message that are judged by meaning: sentences, split again at "but", of three words or more
     * and holding no idiom ("my back is killing me"); every one of them, however long the message. Training uses this too.
     */
    static List<Clause> clauses(String text) {
        List<Token> tokens = NORMALISER.normalise(text);
        int[] starts = new int[tokens.size()];
        String normalised = joined(tokens, starts);
        return clauses(tokens, idioms(tokens, normalised, starts));
    }

    private static List<Clause> clauses(List<Token> tokens, boolean[] idiom) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || tokens.get(i).text().equals(".") || tokens.get(i).text().equals("but");
            if (!end) {
                continue;
            }
            int from = start;
            start = i + 1;
            StringBuilder sentence = new StringBuilder();
            int words = 0;
            boolean hasIdiom = false;
            for (int k = from; k < i; k++) {
                String w = tokens.get(k).text();
                hasIdiom |= idiom[k];
                words += w.equals(",") ? 0 : 1;
                sentence.append(sentence.length() == 0 || w.equals(",") ? "" : " ").append(w);
            }
            if (words >= 3 && !hasIdiom) {
                clauses.add(new Clause(sentence.toString(), tokens.get(from).start(), tokens.get(i - 1).end()));
            }
        }
        return clauses;
    }

    /** The tokens as one string, " a b c ", with each token's offset in it written to starts. */
    private static String joined(List<Token> tokens, int[] starts) {
        StringBuilder sb = new StringBuilder(" ");
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = sb.length();
            sb.append(tokens.get(i).text()).append(' ');
        }
        return sb.toString();
    }

    /** Which tokens are inside an idiom of the lexicon. */
    private static boolean[] idioms(List<Token> tokens, String normalised, int[] starts) {
        boolean[] idiom = new boolean[tokens.size()];
        for (int[] span : spans(IDIOMS, normalised, starts)) {
            for (int i = span[0]; i <= span[1]; i++) {
                idiom[i] = true;
            }
        }
        return idiom;
    }

    private static Candidate assess(Rule rule, List<Token> tokens, int first, int last, boolean[] idiom,
                                    List<int[]> pastMarkers) {
        for (int i = first; i <= last; i++) {
            if (idiom[i]) {
                return null;
            }
        }
        Negation negation = negation(tokens, first);
        boolean soften;
        if (negation == Negation.NEGATED) {
            // "haven't self harmed for years": a negated phrase followed by a duration is a past disclosure
            if (!after(tokens, last, 6, w -> is("durations", w))) {
                return null;
            }
            soften = true;
        } else {
            soften = (negation == Negation.HEDGED && rule.category() != SafetyCategory.MEDICAL_EMERGENCY)
                    || inThePast(tokens, first, last, pastMarkers);
        }
        if (!soften || rule.level() == SafetyLevel.CONCERN) {
            return new Candidate(rule.level(), rule.category(), first, last);
        }
        return rule.softenTo() == null ? null : new Candidate(SafetyLevel.CONCERN, rule.softenTo(), first, last);
    }

    /** Looks back from the match over "bridge" words for a negator: "I would never ever think about ...". */
    private static Negation negation(List<Token> tokens, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 8; j--) {
            String word = tokens.get(j).text();
            String next = tokens.get(j + 1).text();
            boolean negator = is("negators", word) || (word.equals("no")
                    && (is("no-objects", next) || (j == first - 1 && !is("pronouns", next))));
            if (negator) {
                if (is("not-negating", next)) {
                    return Negation.NONE;
                }
                if (is("hedges", next)) {
                    return Negation.HEDGED;
                }
                // "I've never felt like this until now" cancels the negation
                for (int k = first; k + 1 < tokens.size() && k < first + 12 && !tokens.get(k).text().equals("."); k++) {
                    if (is("until", tokens.get(k).text()) && tokens.get(k + 1).text().equals("now")) {
                        return Negation.NONE;
                    }
                }
                return Negation.NEGATED;
            }
            if (!is("bridge", word)) {
                return Negation.NONE;
            }
        }
        return Negation.NONE;
    }

    /** Whether a word within {@code window} tokens after {@code last} (same sentence) matches. */
    private static boolean after(List<Token> tokens, int last, int window, Predicate<String> test) {
        for (int j = last + 1; j < tokens.size() && j <= last + window; j++) {
            String w = tokens.get(j).text();
            if (w.equals(".")) {
                return false;
            }
            if (test.test(w)) {
                return true;
            }
        }
        return false;
    }

    /** "used to" just before, or a past marker in the same sentence, unless the match itself reads as present. */
    private static boolean inThePast(List<Token> tokens, int first, int last, List<int[]> pastMarkers) {
        for (int j = first - 1; j >= 1 && j >= first - 6 && !is("clause-breaks", tokens.get(j).text()); j--) {
            String before = tokens.get(j - 1).text();
            if (tokens.get(j).text().equals("to") && (before.equals("used") || before.equals("use"))) {
                return true;
            }
        }
        for (int j = Math.max(0, first - 3); j <= last; j++) {
            if (is("present", tokens.get(j).text())) {
                return false;
            }
        }
        int from = first;
        while (from > 0 && first - from < 10 && !is("contrast", tokens.get(from - 1).text())) {
            from--;
        }
        int to = last;
        while (to + 1 < tokens.size() && to - last < 10 && !is("contrast", tokens.get(to + 1).text())) {
            to++;
        }
        for (int[] marker : pastMarkers) {
            if (marker[0] >= from && marker[1] <= to && (marker[1] < first || marker[0] > last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(String set, String word) {
        return LEXICON.set(set).contains(word);
    }

    private static List<int[]> spans(List<Pattern> patterns, String normalised, int[] starts) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(normalised);
            while (m.find()) {
                spans.add(new int[] {token(starts, m.start()), token(starts, m.end() - 2)});
            }
        }
        return spans;
    }

    /** Index of the token containing the given offset of the normalised string. */
    private static int token(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
