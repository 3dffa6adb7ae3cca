package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalyzerTests {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer(Taxonomy.load());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I feel so lonely since the kids moved away|loneliness",
            "im behind on the gas bill|money",
            "the damp in the bedroom is getting worse|housing",
            "I fell on the stairs twice this year|mobility-falls",
            "I look after my husband who has dementia|caring",
            "since I lost my wife the house is empty|bereavement",
            "want to cut down on the drinking|substances",
            "there's only one bus a day from the village|transport",
            "I can't do anything on the computer|digital",
            "church on sunday keeps me going|faith-community",
            "I love my allotment|hobbies-interests",
            "my arthritis is bad in the mornings|physical-health",
            "I'd like to get back into work|work-education"})
    void findsTheThemeOfAnItem(String text, String theme) {
        assertThat(ANALYZER.analyse(text).themes()).as(text).contains(theme);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "money is fine thank god", "I don't need help with money", "housing's ok", "not lonely as such",
            "no problems with the house", "my health is alright these days"})
    void recognisesThatSomethingIsNotAProblem(String text) {
        assertThat(ANALYZER.analyse(text).polarity()).as(text).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void tellsNeedsFromGoodThingsAndThePastFromNow() {
        assertThat(ANALYZER.analyse("I'm struggling with the bills").polarity()).isEqualTo(Polarity.NEED);
        assertThat(ANALYZER.analyse("I love baking for the grandkids").polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(ANALYZER.analyse("I used to sing in a choir").past()).isTrue();
        assertThat(ANALYZER.analyse("I sing in a choir").past()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "walk to the park by Easter|by Easter",
            "get the garden sorted before winter|before winter",
            "join a group in the next month|in the next month",
            "see my sister by the summer holidays|by the summer holidays"})
    void findsTheTimeFrameOfAGoal(String text, String timeframe) {
        assertThat(ANALYZER.analyse(text).timeframe()).isEqualTo(timeframe);
    }

    @Test
    void aGoalWithoutATimeFrameHasNone() {
        assertThat(ANALYZER.analyse("be less lonely").timeframe()).isNull();
    }
}
