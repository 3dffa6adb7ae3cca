package org.whatmatters.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhraseCompilerTests {

    private final PhraseCompiler compiler = new PhraseCompiler(Map.of(
            "pills", "pills/tablets | sleeping_pills", "me", "me/myself"));

    private static boolean matches(Pattern p, String normalisedText) {
        return p.matcher(" " + normalisedText + " ").find();
    }

    @Test
    void wordsOnlyMatchWholeTokens() {
        Pattern kill = compiler.compile("kill myself");
        assertThat(matches(kill, "i want to kill myself")).isTrue();
        assertThat(matches(kill, "my skill myself")).isFalse();
        assertThat(matches(kill, "i want to kill myselfie")).isFalse();
    }

    @Test
    void alternativesOptionalsAndMultiWordAlternatives() {
        Pattern p = compiler.compile("take/taking all? @pills");
        assertThat(matches(p, "take all tablets")).isTrue();
        assertThat(matches(p, "taking pills")).isTrue();
        assertThat(matches(p, "take sleeping pills")).isTrue();
        assertThat(matches(p, "take vitamins")).isFalse();
        assertThat(matches(compiler.compile("bleeding a_lot/heavily"), "bleeding a lot")).isTrue();
    }

    @Test
    void fillerIsBoundedAndNeverSwallowsNegationOrPunctuation() {
        Pattern p = compiler.compile("he *2 hits me");
        assertThat(matches(p, "he always hits me")).isTrue();
        assertThat(matches(p, "he sometimes really hits me")).isTrue();
        assertThat(matches(p, "he very often really hits me")).isFalse();
        assertThat(matches(p, "he does not hit me")).isFalse();
        assertThat(matches(p, "he never hits me")).isFalse();
        assertThat(matches(p, "he , hits me")).isFalse();
    }

    @Test
    void lookaheadEndOfClauseAndNumbers() {
        Pattern notFollowed = compiler.compile("live !in/with_my");
        assertThat(matches(notFollowed, "do not want to live")).isTrue();
        assertThat(matches(notFollowed, "live in a home")).isFalse();
        assertThat(matches(notFollowed, "live with my son")).isFalse();
        assertThat(matches(notFollowed, "live with him")).isTrue();
        Pattern end = compiler.compile("let me $");
        assertThat(matches(end, "he will not let me")).isTrue();
        assertThat(matches(end, "he will not let me . ok")).isTrue();
        assertThat(matches(end, "he will not let me pay")).isFalse();
        Pattern number = compiler.compile("took # @pills");
        assertThat(matches(number, "took 30 tablets")).isTrue();
        assertThat(matches(number, "took 2 tablets")).isFalse();
    }

    @Test
    void collectsVocabularyAndRejectsBadInput() {
        compiler.compile("want to die/be_dead");
        assertThat(compiler.vocabulary()).contains("want", "to", "die", "be", "dead");
        assertThatThrownBy(() -> compiler.compile("@nope")).hasMessageContaining("unknown macro");
        assertThatThrownBy(() -> compiler.compile("Kill (myself)")).hasMessageContaining("bad word");
    }
}
