package org.whatmatters.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whatmatters.nlp.Embeddings;

class SemanticSafetyTests {

    private static final SafetyCheck RULES_ONLY = new SafetyCheck();
    private static final SafetyCheck WITH_MEANING = new SafetyCheck(Embeddings.shared());

    @Test
    void theShippedModelWasTrainedOnTheCurrentDataAndStatements() throws Exception {
        // Fails when the labelled set, the reviewed statements, the clause rules or the training settings change
        // without the model being trained again (see docs/nlp-evaluation.md).
        assertThat(SafetyModel.load().fingerprint()).isEqualTo(SafetyModelTrainer.fingerprint(SafetyModelTrainer.trainingData()));
    }

    @Test
    void theModelSeesWordsAndWordOrderNotOnlyWhatAClauseIsAbout() {
        // "not" next to "safe" is a feature of its own, so "i'm not safe" and "i'm safe, not worried" differ
        SafetyModel.Words a = SafetyModel.Words.of("i'm not safe at home", 4096);
        SafetyModel.Words b = SafetyModel.Words.of("i'm safe at home not worried", 4096);
        assertThat(a.slots()).isNotEqualTo(b.slots());
        assertThat(SafetyModel.Words.of("I'm NOT safe at home", 4096).slots()).isEqualTo(a.slots());
        double length = 0;
        for (double v : a.values()) {
            length += v * v;
        }
        assertThat(length).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.slots()).hasSize(5 + 4);
        assertThat(java.util.Arrays.stream(a.slots()).allMatch(slot -> slot >= 0 && slot < 4096)).isTrue();
        assertThat(SafetyModel.Words.of("?!", 4096).slots()).isEmpty();
    }

    @Test
    void everyReviewedRiskStatementIsRecognised() {
        // The statements are what a clinical reviewer signed off as risk; each must raise its own category.
        List<String[]> statements = SemanticSafety.statements();
        assertThat(statements).hasSizeGreaterThan(80);
        for (String[] s : statements) {
            Optional<SafetyFinding> found = WITH_MEANING.check(s[1]);
            if (s[0].equals("none")) {
                assertThat(found).as(s[1]).isEmpty();
            } else {
                assertThat(found).as(s[1]).isPresent();
            }
        }
    }

    @Test
    void aRiskInAClauseTheRulesDoNotKnowIsFoundByMeaningAndQuotedExactly() {
        String text = "The garden is coming on nicely. I keep thinking about how I would do it, ending things I mean";
        assertThat(RULES_ONLY.check(text)).isEmpty();
        SafetyFinding finding = WITH_MEANING.check(text).orElseThrow();
        assertThat(finding.category()).isEqualTo(SafetyCategory.SUICIDE);
        assertThat(text).contains(finding.matchedText());
        assertThat(finding.matchedText()).startsWith("I keep thinking");
    }

    @Test
    void aRiskLateInALongAnswerIsStillJudgedByMeaning() {
        // Ten ordinary sentences first: the meaning check used to stop after eight, so this went unjudged.
        String text = "I like my garden. I grow beans. My son visits. We have tea. The bus is slow. I read a lot."
                + " My dog is old. I knit on Tuesdays. The weather is cold. I watch quiz shows."
                + " I keep thinking about how I would do it, ending things I mean";
        assertThat(SafetyCheck.clauses(text)).hasSizeGreaterThan(10);
        assertThat(RULES_ONLY.check(text)).isEmpty();
        SafetyFinding finding = WITH_MEANING.check(text).orElseThrow();
        assertThat(finding.category()).isEqualTo(SafetyCategory.SUICIDE);
        assertThat(finding.matchedText()).startsWith("I keep thinking");
    }

    @Test
    void clausesWithAnIdiomAreNeverJudgedByMeaning() {
        assertThat(SafetyCheck.clauses("I'm dying to see my grandson this weekend")).isEmpty();
        assertThat(SafetyCheck.clauses("ok")).isEmpty();
        assertThat(SafetyCheck.clauses("I love my garden. But I'm dying to see my grandson"))
                .extracting(SafetyCheck.Clause::text).containsExactly("i love my garden");
    }

    @Test
    void ordinaryAnswersRaiseNothing() {
        for (String text : List.of("I love going to the bingo on a Friday with my friend Jean",
                "the bus into town only comes twice a day", "I'd like to learn to use my tablet to video call my grandson",
                "my knees are bad so the stairs take a while")) {
            assertThat(WITH_MEANING.check(text)).as(text).isEmpty();
        }
    }

    @Test
    void aBrokenModelFileIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SafetyModel.read(new BufferedReader(new StringReader("fingerprint abc\nthreshold 0.5\nclasses none SUICIDE\nbias 0 0\n"))))
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> SafetyModel.read(new BufferedReader(new StringReader("nonsense 1\n")))).hasMessageContaining("unexpected line");
    }
}
