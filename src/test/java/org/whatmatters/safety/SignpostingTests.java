package org.whatmatters.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignpostingTests {

    static Stream<Arguments> allCombinations() {
        return Arrays.stream(SafetyCategory.values())
                .flatMap(c -> Arrays.stream(SafetyLevel.values()).map(l -> Arguments.of(c, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("allCombinations")
    void everyCombinationHasShortPlainAsciiTextThatMentionsALinkWorker(SafetyCategory category, SafetyLevel level) {
        String text = Signposting.textFor(category, level);
        assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(450).contains("link worker");
        assertThat(text.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)).as("plain ASCII: " + text).isTrue();
        assertThat(text).doesNotContain("\"", "`");
    }

    static Stream<Arguments> requiredNumbers() {
        return Stream.of(
            Arguments.of(SafetyCategory.SUICIDE, SafetyLevel.URGENT,
                new String[] {"999", "A&E", "NHS 111", "option 2", "116 123", "SHOUT", "85258", "You matter"}),
            Arguments.of(SafetyCategory.SELF_HARM, SafetyLevel.URGENT,
                new String[] {"999", "A&E", "NHS 111", "option 2", "116 123", "85258"}),
            Arguments.of(SafetyCategory.SUICIDE, SafetyLevel.CONCERN,
                new String[] {"116 123", "85258", "NHS 111", "option 2", "today"}),
            Arguments.of(SafetyCategory.ABUSE, SafetyLevel.URGENT,
                new String[] {"0808 2000 247", "999", "55", "24/7"}),
            Arguments.of(SafetyCategory.ABUSE, SafetyLevel.CONCERN,
                new String[] {"0808 2000 247", "999", "55", "today"}),
            Arguments.of(SafetyCategory.HARM_TO_OTHERS, SafetyLevel.URGENT,
                new String[] {"999", "NHS 111", "option 2"}),
            Arguments.of(SafetyCategory.CHILD_AT_RISK, SafetyLevel.URGENT,
                new String[] {"999", "0808 800 5000", "0800 1111", "under 19"}),
            Arguments.of(SafetyCategory.MEDICAL_EMERGENCY, SafetyLevel.URGENT,
                new String[] {"999", "A&E"}),
            Arguments.of(SafetyCategory.SELF_NEGLECT, SafetyLevel.CONCERN,
                new String[] {"today", "NHS 111", "option 2", "116 123"}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requiredNumbers")
    void containsTheRightNumbers(SafetyCategory category, SafetyLevel level, String[] required) {
        assertThat(Signposting.textFor(category, level)).contains(required);
    }

    @Test
    void textIsFixedNotGenerated() {
        assertThat(Signposting.textFor(SafetyCategory.SUICIDE, SafetyLevel.URGENT))
                .isSameAs(Signposting.textFor(SafetyCategory.SUICIDE, SafetyLevel.URGENT));
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> Signposting.textFor(null, SafetyLevel.URGENT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Signposting.textFor(SafetyCategory.ABUSE, null)).isInstanceOf(NullPointerException.class);
    }
}
