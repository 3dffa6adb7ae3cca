package org.whatmatters.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English text analysis with Apache OpenNLP and the Universal Dependencies (EWT) models from Maven Central.
 *
 * <p>Thread-safe: the models are immutable and shared; the stateful OpenNLP {@code *ME} classes are used through
 * OpenNLP's {@code ThreadSafe*ME} wrappers, which keep one {@code *ME} instance per thread in a {@link ThreadLocal}.
 * (With virtual threads every new thread builds its own small {@code *ME} objects on first use: cheap, see the
 * timing test, but not free.)
 *
 * <p>{@link #load()} reads all models once (about 12.6 MB of model files; 0.5–1 s measured on 2 cores, 60–70 % of it the language model) and returns the same instance on
 * every later call; in Spring expose it as a singleton bean.
 */
public final class TextPipeline {

    private static final Logger log = LoggerFactory.getLogger(TextPipeline.class);

    // File names inside org.apache.opennlp:opennlp-models-*:1.3.0 (all at the jar root). The second argument is the
    // marker used to find a renamed file in a newer model jar through its model.properties.
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String LANGDETECT_MODEL = "langdetect-183.bin";

    /**
     * Below this many characters (after trimming) a text counts as short and needs
     * {@link #SHORT_TEXT_MIN_RATIO_OVER_ENGLISH} to be reported as non-English.
     */
    static final int SHORT_TEXT_CHARS = 20;
    /**
     * How many times more probable than English another language must be for a text of {@link #SHORT_TEXT_CHARS}
     * characters or more. The detector's probabilities are spread over 103 languages (a uniform guess is 0.0097 and a
     * clear 8-word sentence scores only 0.03–0.06), so the raw top probability is a poor gate; the ratio to the
     * English probability separates well: measured on 33 English care answers of 2–45 characters the ratio never
     * went above 1.19 (e.g. "I like walking my dog in the park" comes out Afrikaans at 1.10), while 21 Polish,
     * French, Spanish, Portuguese, Romanian and German texts of 20+ characters were all at 1.57 or more.
     */
    static final double MIN_RATIO_OVER_ENGLISH = 1.4;
    /** The "very confident" bar for short texts; in practice short answers ("yes", "Nie wiem") come out English. */
    static final double SHORT_TEXT_MIN_RATIO_OVER_ENGLISH = 2.5;

    private static volatile TextPipeline shared;

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME posTagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final ThreadSafeLanguageDetectorME languageDetector;
    private final Map<String, Long> loadMillis;

    private TextPipeline() {
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();

        long t = System.nanoTime();
        SentenceModel sentenceModel = read(SENTENCE_MODEL, "-sentence-", SentenceModel::new);
        times.put("sentence", millisSince(t));

        t = System.nanoTime();
        TokenizerModel tokenModel = read(TOKEN_MODEL, "-tokens-", TokenizerModel::new);
        times.put("tokenizer", millisSince(t));

        t = System.nanoTime();
        POSModel posModel = read(POS_MODEL, "-pos-", POSModel::new);
        times.put("pos", millisSince(t));

        t = System.nanoTime();
        LemmatizerModel lemmaModel = read(LEMMA_MODEL, "-lemmas-", LemmatizerModel::new);
        times.put("lemmatizer", millisSince(t));

        t = System.nanoTime();
        LanguageDetectorModel langModel = read(LANGDETECT_MODEL, "langdetect", LanguageDetectorModel::new);
        times.put("langdetect", millisSince(t));

        this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenModel);
        // UD on purpose: the model's tag set is UPOS (plus joined tags such as AUX+PART for "don't"), and the
        // UD-EWT lemmatizer was trained with UPOS. POSTagFormat.PENN would only map UPOS to a few coarse Penn tags
        // (VERB -> VB, AUX -> MD, AUX+PART -> "?"), losing information without helping the lemmatizer.
        this.posTagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
        this.lemmatizer = new ThreadSafeLemmatizerME(lemmaModel);
        this.languageDetector = new ThreadSafeLanguageDetectorME(langModel);

        times.put("total", millisSince(t0));
        this.loadMillis = Collections.unmodifiableMap(times);
        log.info("OpenNLP models loaded in {} ms: {}", times.get("total"), times);
    }

    /** Loads every model the first time it is called and returns that same instance afterwards. */
    public static TextPipeline load() {
        TextPipeline p = shared;
        if (p == null) {
            synchronized (TextPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new TextPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** Milliseconds each model took to read (keys: sentence, tokenizer, pos, lemmatizer, langdetect, total). */
    public Map<String, Long> loadMillis() {
        return loadMillis;
    }

    /** Splits text into trimmed, non-empty sentences. Null or blank text gives an empty list. */
    public List<String> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Span[] spans = sentenceDetector.sentPosDetect(text);
        List<String> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String s = span.getCoveredText(text).toString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Tokenises one sentence and adds UPOS tags and lemmas. Offsets refer to {@code sentence} as given.
     * Null or blank input gives an empty list.
     */
    public List<Token> tokens(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        Span[] spans = tokenizer.tokenizePos(sentence);
        if (spans.length == 0) {
            return List.of();
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = posTagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(words[i], tags[i], cleanLemma(words[i], tags[i], lemmas[i]),
                    spans[i].getStart(), spans[i].getEnd()));
        }
        return out;
    }

    /**
     * Detects the language (ISO 639-3), biased towards English: the detector's top language is reported only when it
     * is at least {@value #MIN_RATIO_OVER_ENGLISH} times as probable as English (or
     * {@value #SHORT_TEXT_MIN_RATIO_OVER_ENGLISH} times for texts under {@value #SHORT_TEXT_CHARS} characters);
     * otherwise the answer is English with the detector's English probability. Text without letters (empty, digits,
     * emoji) is English with confidence 0. {@link Language#confidence()} is the detector's raw probability, see
     * {@link #MIN_RATIO_OVER_ENGLISH} for its scale.
     */
    public Language language(String text) {
        if (text == null) {
            return new Language(Language.ENGLISH, 0.0);
        }
        String t = text.strip();
        if (t.codePoints().noneMatch(Character::isLetter)) {
            return new Language(Language.ENGLISH, 0.0);
        }
        opennlp.tools.langdetect.Language[] ranked = languageDetector.predictLanguages(t);
        opennlp.tools.langdetect.Language top = ranked[0];
        double english = confidenceOf(ranked, Language.ENGLISH);
        if (Language.ENGLISH.equals(top.getLang())) {
            return new Language(Language.ENGLISH, english);
        }
        double needed = t.length() < SHORT_TEXT_CHARS ? SHORT_TEXT_MIN_RATIO_OVER_ENGLISH : MIN_RATIO_OVER_ENGLISH;
        if (english <= 0.0 || top.getConfidence() >= needed * english) {
            return new Language(top.getLang(), top.getConfidence());
        }
        return new Language(Language.ENGLISH, english);
    }

    /** The detector's top {@code n} guesses, unfiltered (for diagnostics and tuning). */
    public List<Language> languageCandidates(String text, int n) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        opennlp.tools.langdetect.Language[] ranked = languageDetector.predictLanguages(text.strip());
        List<Language> out = new ArrayList<>(Math.min(n, ranked.length));
        for (int i = 0; i < ranked.length && i < n; i++) {
            out.add(new Language(ranked[i].getLang(), ranked[i].getConfidence()));
        }
        return out;
    }

    private static double confidenceOf(opennlp.tools.langdetect.Language[] ranked, String code) {
        for (opennlp.tools.langdetect.Language l : ranked) {
            if (code.equals(l.getLang())) {
                return l.getConfidence();
            }
        }
        return 0.0;
    }

    /**
     * The statistical lemmatizer answers "_" when none of its edit scripts applies (and, rarely, an empty string);
     * fall back to the lower-cased word then, and keep punctuation/symbols as they are.
     */
    private static String cleanLemma(String word, String tag, String lemma) {
        if ("PUNCT".equals(tag) || "SYM".equals(tag)) {
            return word;
        }
        if (lemma == null || lemma.isEmpty() || "_".equals(lemma) || "O".equals(lemma)) {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
        return lemma;
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String name, String marker, ModelReader<M> reader) {
        try (InputStream in = ModelResources.open(name, marker)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model " + name, e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }
}
