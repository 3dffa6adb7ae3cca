package org.whatmatters.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LexiconTests {

    @Test
    void parsesSectionsAndContinuationLines() {
        Lexicon lexicon = Lexicon.parse(List.of(
                "# comment",
                "[macro pills]",
                "pills/tablets/",
                "    meds",
                "sleeping_pills",
                "[rule SUICIDE URGENT SUICIDE]",
                "take all @pills",
                "[rule MEDICAL_EMERGENCY URGENT drop]",
                "chest pain",
                "[idioms]",
                "cut myself a",
                "[past]",
                "years ago",
                "[set bridge]",
                "to going",
                "ever",
                "[spellings]",
                "im = i am"));
        assertThat(lexicon.macros).containsEntry("pills", "pills/tablets/meds | sleeping_pills");
        assertThat(lexicon.rules).hasSize(2);
        assertThat(lexicon.rules.get(0).softenTo()).isEqualTo(SafetyCategory.SUICIDE);
        assertThat(lexicon.rules.get(1).softenTo()).isNull();
        assertThat(lexicon.idioms).containsExactly("cut myself a");
        assertThat(lexicon.pastMarkers).containsExactly("years ago");
        assertThat(lexicon.set("bridge")).containsExactlyInAnyOrder("to", "going", "ever");
        assertThat(lexicon.spellings).containsEntry("im", "i am");
    }

    @Test
    void failsFastOnBadData() {
        assertThatThrownBy(() -> Lexicon.parse(List.of("orphan line"))).hasMessageContaining("outside a section");
        assertThatThrownBy(() -> Lexicon.parse(List.of("[wibble]", "x"))).hasMessageContaining("unknown lexicon section");
        assertThatThrownBy(() -> Lexicon.parse(List.of("[rule SUICIDE SOON SUICIDE]", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.parse(List.of()).set("bridge")).hasMessageContaining("no [set bridge]");
    }

    @Test
    void shippedLexiconCompilesAndCoversEveryCategory() {
        Lexicon lexicon = Lexicon.load();
        PhraseCompiler compiler = new PhraseCompiler(lexicon.macros);
        lexicon.rules.forEach(r -> r.phrases().forEach(compiler::compile));
        lexicon.idioms.forEach(compiler::compile);
        lexicon.pastMarkers.forEach(compiler::compile);
        assertThat(lexicon.rules.stream().map(Lexicon.Rule::category).distinct())
                .containsExactlyInAnyOrder(SafetyCategory.values());
        assertThat(lexicon.list("priority")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SafetyCategory.values()).map(Enum::name).toList());
        assertThat(lexicon.rules.stream().mapToInt(r -> r.phrases().size()).sum()).isGreaterThan(150);
    }
}
