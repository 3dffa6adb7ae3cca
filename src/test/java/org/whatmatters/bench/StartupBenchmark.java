package org.whatmatters.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.whatmatters.nlp.Taxonomy;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.TextAnalyzer;
import org.whatmatters.nlp.TextPipeline;
import org.whatmatters.safety.SafetyCheck;

/** How long the text analysis (OpenNLP, the embedding model and the reviewed statements and examples embedded) takes to be ready in a fresh JVM (cold, one shot per fork). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class StartupBenchmark {

    @Benchmark
    public void loadModels(Blackhole out) {
        Embeddings embeddings = Embeddings.load();
        out.consume(new SafetyCheck(embeddings));
        out.consume(new TextAnalyzer(Taxonomy.load(), embeddings));
        out.consume(TextPipeline.load());
    }
}
