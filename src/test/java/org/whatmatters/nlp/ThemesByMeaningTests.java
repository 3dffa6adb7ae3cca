package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemesByMeaningTests {

    private static final TextAnalyzer WORDS_ONLY = new TextAnalyzer(Taxonomy.load());
    private static final TextAnalyzer WITH_MEANING = new TextAnalyzer(Taxonomy.load(), Embeddings.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I never see a soul from one week to the next|loneliness",
            "my chest gets tight when the weather turns|physical-health"})
    void findsAThemeByMeaningWhenNoneOfItsWordsAppear(String text, String theme) {
        assertThat(WORDS_ONLY.analyse(text).themes()).as("no taxonomy word in: " + text).isEmpty();
        assertThat(WITH_MEANING.analyse(text).themes()).as(text).containsExactly(theme);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ok", "yes please", "the weather is nice today"})
    void leavesShortOrUnrelatedTextWithoutATheme(String text) {
        assertThat(WITH_MEANING.analyse(text).themes()).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I'm behind on the rent|housing", "my knees are bad on the stairs|mobility-falls"})
    void wordsStillDecideWhenTheyAppear(String text, String theme) {
        assertThat(WITH_MEANING.analyse(text).themes()).isEqualTo(WORDS_ONLY.analyse(text).themes()).contains(theme);
    }
}
