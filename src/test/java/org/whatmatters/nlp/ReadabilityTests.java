package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTests {

    @Test
    void countsSyllablesByTheUsualRuleOfThumb() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("garden")).isEqualTo(2);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("wanted")).isEqualTo(2);
        assertThat(Readability.syllables("walked")).isEqualTo(1);
        assertThat(Readability.syllables("boxes")).isEqualTo(2);
        assertThat(Readability.syllables("community")).isEqualTo(4);
        assertThat(Readability.syllables("don't")).isEqualTo(1);
    }

    @Test
    void shortPlainSentencesScoreLowAndLongTechnicalOnesHigh() {
        // 6 words, 6 syllables, 1 sentence: 0.39 x 6 + 11.8 x 1 - 15.59 = -1.45
        assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.01));
        assertThat(Readability.grade("You told us what matters to you. A link worker will call you soon.")).isLessThan(6);
        assertThat(Readability.grade("Comprehensive multidisciplinary assessment of psychological comorbidities necessitates "
                + "individualised therapeutic interventions and longitudinal monitoring.")).isGreaterThan(12);
        assertThat(Readability.grade("")).isZero();
    }
}
