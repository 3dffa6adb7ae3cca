package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextPipelineTests {

    private final TextPipeline nlp = TextPipeline.load();

    @Test
    void loadIsMemoisedAndTimesEveryModel() {
        assertThat(TextPipeline.load()).isSameAs(nlp);
        assertThat(nlp.loadMillis()).containsOnlyKeys("sentence", "tokenizer", "pos", "lemmatizer", "langdetect", "total");
    }

    @Test
    void splitsSentencesWithoutBreakingOnTitles() {
        assertThat(nlp.sentences("Dr. Smith is kind. I like tea."))
                .containsExactly("Dr. Smith is kind.", "I like tea.");
    }

    @Test
    void splitsOnQuestionAndExclamationMarksAndTrims() {
        assertThat(nlp.sentences("  What matters to me? My family!  Mostly my grandchildren.  "))
                .containsExactly("What matters to me?", "My family!", "Mostly my grandchildren.");
    }

    @Test
    void singleSentenceWithoutFinalPunctuation() {
        assertThat(nlp.sentences("just being at home with my cat")).containsExactly("just being at home with my cat");
    }

    @Test
    void blankOrNullTextHasNoSentencesOrTokens() {
        assertThat(nlp.sentences(null)).isEmpty();
        assertThat(nlp.sentences("   \n ")).isEmpty();
        assertThat(nlp.tokens(null)).isEmpty();
        assertThat(nlp.tokens("  ")).isEmpty();
    }

    @Test
    void tokensPosAndLemmasOfAProgressiveSentence() {
        List<Token> tokens = nlp.tokens("I was walking to the shops");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("I", "was", "walking", "to", "the", "shops");
        assertThat(token(tokens, "walking").lemma()).isEqualTo("walk");
        assertThat(token(tokens, "walking").pos()).isEqualTo("VERB");
        assertThat(token(tokens, "was").lemma()).isEqualTo("be");
        assertThat(token(tokens, "was").pos()).isEqualTo("AUX");
        assertThat(token(tokens, "shops").lemma()).isEqualTo("shop");
        assertThat(token(tokens, "shops").pos()).isEqualTo("NOUN");
        assertThat(token(tokens, "I").pos()).isEqualTo("PRON");
    }

    @Test
    void irregularFormsAreLemmatised() {
        List<Token> tokens = nlp.tokens("She has been feeling better since the children visited.");

        assertThat(token(tokens, "has").lemma()).isEqualTo("have");
        assertThat(token(tokens, "been").lemma()).isEqualTo("be");
        assertThat(token(tokens, "feeling").lemma()).isEqualTo("feel");
        assertThat(token(tokens, "children").lemma()).isEqualTo("child");
        assertThat(token(tokens, "visited").lemma()).isEqualTo("visit");
        assertThat(token(tokens, ".").pos()).isEqualTo("PUNCT");
        assertThat(token(tokens, ".").lemma()).isEqualTo(".");
    }

    @Test
    void contractionsStayOneTokenWithAJoinedTagAndLemma() {
        // The UD-EWT tokenizer keeps "don't" whole; tagger and lemmatizer answer for both parts.
        List<Token> tokens = nlp.tokens("I don't want to be here anymore");

        Token dont = token(tokens, "don't");
        assertThat(dont.pos()).isEqualTo("AUX+PART");
        assertThat(dont.lemma()).isEqualTo("do+not");
        assertThat(token(tokens, "want").lemma()).isEqualTo("want");
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String sentence = "My daughters were crying, and I couldn't sleep.";
        List<Token> tokens = nlp.tokens(sentence);

        assertThat(tokens).isNotEmpty();
        for (Token t : tokens) {
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(token(tokens, "daughters").lemma()).isEqualTo("daughter");
        assertThat(token(tokens, "crying").lemma()).isEqualTo("cry");
        assertThat(token(tokens, ",").start()).isEqualTo(sentence.indexOf(','));
    }

    @Test
    void everyTokenHasATagAndALemma() {
        for (String s : nlp.sentences("Dr. Smith is kind. I like tea. Gran's house in Cardiff, 2 streets away :)")) {
            assertThat(nlp.tokens(s)).allSatisfy(t -> {
                assertThat(t.pos()).isNotBlank();
                assertThat(t.lemma()).isNotBlank().isNotEqualTo("_");
            });
        }
    }

    private static Token token(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + tokens));
    }
}
