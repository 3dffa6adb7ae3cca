package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectionTests {

    private final TextPipeline nlp = TextPipeline.load();

    @ParameterizedTest
    @ValueSource(strings = {
            "My son visits on Sundays and we go to the park together.",
            "I don't want to be here anymore",
            "I like walking my dog in the park", // the raw detector says Afrikaans
            "I have dementia and my memory is bad", // raw: Malagasy
            "My daughter Agnieszka lives in Leeds", // raw: Waray
            "Being able to go to the toilet on my own",
            "The grandkids, the garden, and a good cuppa",
            "Dr. Smith is kind. I like tea."
    })
    void englishSentencesAreEnglish(String text) {
        assertThat(nlp.language(text).iso639_3()).isEqualTo("eng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "ok", "Ok ta", "maybe", "not sure", "cheers love", "Dunno really", "I'm scared"})
    void shortEnglishAnswersAreEnglish(String text) {
        Language lang = nlp.language(text);
        assertThat(lang.iso639_3()).isEqualTo("eng");
        assertThat(lang.isEnglish()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nie chcę już tutaj być, jestem bardzo zmęczony.      | pol",
            "Najważniejsza jest dla mnie moja rodzina i wnuki     | pol",
            "Je ne veux plus être ici, je suis très fatigué.      | fra",
            "Ce qui compte le plus pour moi, ce sont mes petits-enfants | fra",
            "No quiero estar aquí nunca más, estoy muy cansado.   | spa",
            "Lo más importante para mí son mis nietos             | spa",
            "Não quero mais estar aqui, estou muito cansado.      | por",
            "O mais importante para mim são os meus netos         | por",
            "Nu mai vreau să fiu aici, sunt foarte obosit.        | ron",
            "Cel mai important pentru mine sunt nepoții mei       | ron"
    })
    void otherLanguagesOfSixOrMoreWordsAreNotEnglish(String text, String expected) {
        Language lang = nlp.language(text);
        assertThat(lang.iso639_3()).isNotEqualTo("eng").isEqualTo(expected);
        assertThat(lang.confidence()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nie wiem", "Oui", "Muchas gracias"})
    void shortNonEnglishFallsBackToEnglishUnlessVeryConfident(String text) {
        assertThat(nlp.language(text).iso639_3()).isEqualTo("eng");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "123", "!!! ??", "\uD83D\uDE00\uD83D\uDE00"})
    void textWithoutLettersIsEnglishWithZeroConfidence(String text) {
        assertThat(nlp.language(text)).isEqualTo(new Language("eng", 0.0));
    }
}
