package org.whatmatters.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.whatmatters.nlp.AnswerParser;
import org.whatmatters.nlp.People;
import org.whatmatters.nlp.TextPipeline;
import org.whatmatters.nlp.Taxonomy;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.TextAnalyzer;
import org.whatmatters.safety.SafetyCheck;

/**
 * Analysing one inbound message the way every turn does: the safety check, splitting into items, and
 * themes/polarity for each item. Sample time gives p50 and p99. Run: ./mvnw -Pbench test-compile exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class MessageAnalysisBenchmark {

    private static final List<String> MESSAGES = List.of(
            "My knees are bad so stairs are hard. I feel lonely since my husband died and money is tight tbh",
            "im ok really, money is fine, just wanna get out more and see my grandkids by easter",
            "honestly i dont want to be here anymore",
            "I'm dying to see my grandson and this pain is killing me",
            "I go to a knit and natter group on Tuesdays, I used to sing in the church choir");

    private SafetyCheck safety;
    private TextAnalyzer analyzer;
    private TextPipeline pipeline;
    private int next;

    @Setup
    public void setUp() {
        safety = new SafetyCheck(Embeddings.shared());
        analyzer = new TextAnalyzer(Taxonomy.load(), Embeddings.shared());
        pipeline = TextPipeline.load();
    }

    /**
     * What a turn does with every message: safety (rules, then each clause by meaning when no rule fires), language,
     * and what the drafter does with it: items, themes (by meaning when no word fires) and people.
     */
    @Benchmark
    public void analyseOneMessage(Blackhole out) {
        String message = MESSAGES.get(Math.floorMod(next++, MESSAGES.size()));
        out.consume(safety.check(message));
        out.consume(pipeline.language(message));
        for (String item : AnswerParser.items(message)) {
            out.consume(analyzer.analyse(item));
            out.consume(People.mentions(item));
        }
    }

    /** The full OpenNLP pass (sentences, tokens, parts of speech, lemmas), which the analysis will build on. */
    @Benchmark
    public void openNlpSentencesTokensLemmas(Blackhole out) {
        String message = MESSAGES.get(Math.floorMod(next++, MESSAGES.size()));
        for (String sentence : pipeline.sentences(message)) {
            out.consume(pipeline.tokens(sentence));
        }
    }
}
