package org.whatmatters.nlp;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings computed in process (all-MiniLM-L6-v2, quantised, ONNX): 384 numbers per text, close
 * together when two texts mean similar things. Nothing leaves the machine. Thread-safe; load once.
 */
public final class Embeddings {

    private static volatile Embeddings shared;

    private final EmbeddingModel model;

    private Embeddings(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model from the classpath (about half a second). The tokenizer library it uses would otherwise try
     * to reach a cloud metadata address when it starts; offline mode and the tracking opt-out are switched on first.
     */
    public static Embeddings load() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        // Runnable::run: a batch is embedded in the calling thread; ONNX Runtime already uses every core per call
        return new Embeddings(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
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

    /** Unit-length vectors of several texts, in order. */
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
