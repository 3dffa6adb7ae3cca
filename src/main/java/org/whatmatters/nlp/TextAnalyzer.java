package org.whatmatters.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the themes of a piece of an answer, whether it is a need, something positive or a "that's
 * fine", whether it is about the past, and any time frame. Words come from the taxonomy data file;
 * short words match whole words only, longer ones also match their endings ("walk" finds "walking").
 */
public final class TextAnalyzer {

    private static final Pattern NEGATED = Pattern.compile(String.join("|",
            "\\b(is|are|'s|s|am|'m|m|been|be)\\s+(all\\s+)?(fine|ok|okay|alright|all right|good|grand|sorted|not a problem|no problem|not an issue|under control)\\b",
            "\\b(don'?t|do not|dont|doesn'?t|does not|never) (really )?(need|want) (any )?(help|support|advice)\\b",
            "\\bno (problems?|issues?|worries|trouble) (with|about|there)\\b",
            "\\b(not|never|isn'?t|aren'?t|am not|i'?m not|im not) (really |too |that |very |at all )?(lonely|worried|anxious|depressed|a problem|an issue|struggling|bothered|stressed)\\b",
            "\\bno (money|housing|health|debt) (problems?|issues?|worries)\\b",
            "\\b(nothing|none) (really )?(wrong|to worry about)\\b"));
    private static final Pattern NEED = Pattern.compile(String.join("|",
            "\\b(hard|difficult|struggl\\w*|can'?t|cannot|cant|unable|worr\\w*|scared|afraid|lonely|alone|isolated|pain\\w*|hurt\\w*|bad|worse|ill|sick|behind|debt|broke|skint|lost|miss\\w*|need\\w*|help|problem\\w*|trouble|stress\\w*|anxious|depress\\w*|tired|exhausted|stuck|damp|mould|cold|fell|falls?|afford)\\b"));
    private static final Pattern POSITIVE = Pattern.compile(String.join("|",
            "\\b(love|enjoy\\w*|like|good at|great at|proud|happy|fun|favourite|best|brilliant|lovely|going well|keeps me going|i can|i still)\\b"));
    private static final Pattern PAST = Pattern.compile(String.join("|",
            "\\bused to\\b", "\\bwhen i was (young|younger|little|a kid|a child|at school|working)\\b", "\\byears ago\\b", "\\bback in the day\\b",
            "\\bin my (youth|younger days|twenties|thirties)\\b", "\\bi was (a|an) \\w+ (for|until)\\b", "\\bonce upon\\b"));
    private static final Pattern TIMEFRAME = Pattern.compile(
            "\\b(by|before|for|in|within|over|after|until|till|at) (the )?(next |this |coming |end of (the )?)?("
                    + "easter|christmas|xmas|summer holidays|school holidays|summer|winter|spring|autumn|new year|birthday|holidays?|"
                    + "(a|one|two|three|four|six|few|couple of|\\d+) (days?|weeks?|months?|years?)|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "week|month|year|weekend)\\b|\\b(next|this) (week|month|year|spring|summer|autumn|winter)\\b|\\bsoon\\b",
            Pattern.CASE_INSENSITIVE);

    private final Taxonomy taxonomy;
    /** One pattern per theme: all its words as alternatives, so a message is scanned once per theme. */
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Embeddings embeddings;
    /** Theme key and vector of every example sentence of the taxonomy, embedded once. */
    private final List<Map.Entry<String, float[]>> examples = new ArrayList<>();

    /** Themes from the taxonomy's words only. */
    public TextAnalyzer(Taxonomy taxonomy) {
        this(taxonomy, null);
    }

    /**
     * Themes from the taxonomy's words and, when none of them appear, from meaning: the theme of the most similar
     * example sentence, if it is at least the taxonomy's {@code similarity} setting.
     */
    public TextAnalyzer(Taxonomy taxonomy, Embeddings embeddings) {
        this.taxonomy = taxonomy;
        this.embeddings = embeddings;
        if (embeddings != null) {
            List<String> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            taxonomy.themes().forEach(t -> t.examples().forEach(e -> {
                keys.add(t.key());
                texts.add(normalise(e));
            }));
            List<float[]> vectors = embeddings.embedAll(texts);
            for (int i = 0; i < keys.size(); i++) {
                examples.add(Map.entry(keys.get(i), vectors.get(i)));
            }
        }
        for (Taxonomy.Theme theme : taxonomy.themes()) {
            List<String> alternatives = new ArrayList<>();
            for (String word : theme.words()) {
                boolean stem = !word.contains(" ") && word.length() >= 4;
                alternatives.add(Pattern.quote(normalise(word)) + (stem ? "\\w*" : ""));
            }
            patterns.put(theme.key(), Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b"));
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public Analysis analyse(String text) {
        String t = normalise(text);
        Map<String, Integer> hits = new LinkedHashMap<>();
        patterns.forEach((key, pattern) -> {
            int n = 0;
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                hits.put(key, n);
            }
        });
        List<String> themes = hits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (themes.isEmpty() && embeddings != null && t.split(" ").length >= 3) {
            themes = byMeaning(t);
        }
        Polarity polarity = NEGATED.matcher(t).find() ? Polarity.NEGATED
                : NEED.matcher(t).find() ? Polarity.NEED
                : POSITIVE.matcher(t).find() ? Polarity.POSITIVE : Polarity.NEUTRAL;
        Matcher time = TIMEFRAME.matcher(text);
        String timeframe = time.find() ? time.group().strip() : null;
        return new Analysis(themes, polarity, PAST.matcher(t).find(), timeframe);
    }

    private List<String> byMeaning(String normalised) {
        float[] v = embeddings.embed(normalised);
        String best = null;
        double similarity = taxonomy.similarity();
        for (Map.Entry<String, float[]> example : examples) {
            double s = Embeddings.similarity(v, example.getValue());
            if (s >= similarity) {
                similarity = s;
                best = example.getKey();
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** Lower case, straight quotes, common text-speak spelled out. */
    static String normalise(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'') + " ";
        t = t.replaceAll("\\bim\\b", "i'm").replaceAll("\\bdont\\b", "don't").replaceAll("\\bcant\\b", "can't")
                .replaceAll("\\bwont\\b", "won't").replaceAll("\\bisnt\\b", "isn't").replaceAll("\\bive\\b", "i've")
                .replaceAll("\\bu\\b", "you").replaceAll("\\bur\\b", "your").replaceAll("\\btbh\\b", "").replaceAll("\\bnah\\b", "no")
                .replaceAll("\\bgrandkids\\b", "grandchildren").replaceAll("\\bmam\\b", "mum").replaceAll("\\bmom\\b", "mum");
        return t.replaceAll("\\s+", " ").strip();
    }
}
