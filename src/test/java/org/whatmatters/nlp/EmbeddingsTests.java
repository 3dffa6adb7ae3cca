package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingsTests {

    private static final Embeddings EMBEDDINGS = Embeddings.shared();

    @Test
    void sentencesThatMeanTheSameAreCloserThanUnrelatedOnes() {
        float[] lonely = EMBEDDINGS.embed("I feel so lonely in the evenings");
        float[] alone = EMBEDDINGS.embed("nobody comes round and the nights are long on my own");
        float[] bus = EMBEDDINGS.embed("the number 12 bus only runs twice a day");
        assertThat(Embeddings.similarity(lonely, alone)).isGreaterThan(Embeddings.similarity(lonely, bus) + 0.2);
    }

    @Test
    void vectorsAreUnitLengthAndTheSameWhetherEmbeddedAloneOrTogether() {
        // different lengths, so the shorter ones are padded in the batch; the last is longer than one batch allows
        List<String> texts = List.of("my garden keeps me going", "I worry about the gas bill, its gone up again and im on my own now since Ron passed",
                "ok", "x ".repeat(200) + "end");
        List<float[]> together = EMBEDDINGS.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = EMBEDDINGS.embed(texts.get(i));
            assertThat(alone).hasSize(384);
            assertThat(Embeddings.similarity(alone, alone)).isCloseTo(1.0, within(1e-4));
            assertThat(Embeddings.similarity(alone, together.get(i))).isCloseTo(1.0, within(1e-4));
        }
        assertThat(EMBEDDINGS.embedAll(List.of())).isEmpty();
    }

    @Test
    void theSingleThreadedSessionGivesTheSameVectorsAsLangChain4jsOwnModel() {
        var stock = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : List.of("no point going on", "i cant get up the stairs no more, my legs r bad")) {
            float[] ours = EMBEDDINGS.embed(text);
            float[] theirs = stock.embed(text).content().vector();
            assertThat(Embeddings.similarity(ours, theirs)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void theModelIsLoadedOncePerProcessAndWorksOffline() {
        assertThat(Embeddings.shared()).isSameAs(EMBEDDINGS);
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
    }
}
