package org.whatmatters.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Sentence embeddings computed in process (all-MiniLM-L6-v2, quantised, ONNX): 384 numbers per text, close
 * together when two texts mean similar things. Nothing leaves the machine. Thread-safe; load once.
 */
public final class Embeddings {

    private static volatile Embeddings shared;

    private final MiniLm model;

    private Embeddings(MiniLm model) {
        this.model = model;
    }

    /**
     * Loads the model from the classpath (about half a second). The tokenizer library it uses would otherwise try
     * to reach a cloud metadata address when it starts; offline mode and the tracking opt-out are switched on first.
     */
    public static Embeddings load() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        return new Embeddings(new MiniLm());
    }

    /**
     * The same quantised all-MiniLM-L6-v2 files LangChain4j ships, but run by a session that uses one thread per
     * call. Our texts are short (one clause, 10 to 30 tokens): splitting such a call across cores costs more in
     * hand-over than it saves, and under load every request thread would fight every other for the same cores. One
     * thread per call cut the p99 of analysing a message by more than half on 2 cores (docs/benchmarks.md).
     */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {

        private static final String MODEL = "all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

        private final OnnxBertBiEncoder encoder;

        MiniLm() {
            super(Runnable::run); // a batch is embedded in the calling thread
            ClassLoader loader = MiniLm.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(MODEL);
                    InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("the all-MiniLM-L6-v2 (quantised) model is missing from the classpath");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("could not start the embedding model: " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }

    /**
     * The one model of this process, loaded on first use. The model is immutable and thread-safe, and its native
     * session is never closed, so every user in the process (and every application context in a test run) shares it.
     */
    public static Embeddings shared() {
        Embeddings e = shared;
        if (e == null) {
            synchronized (Embeddings.class) {
                e = shared;
                if (e == null) {
                    e = load();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** The unit-length vector of one text. */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /**
     * Unit-length vectors of several texts, in order, one model call each. (Not padded into one call: the model's
     * activations are quantised per call, so a text's vector would then depend on the other texts in the batch.)
     */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream().map(e -> e.vector()).toList();
    }

    /** Cosine similarity of two vectors from this model (they are unit length, so the dot product). */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
