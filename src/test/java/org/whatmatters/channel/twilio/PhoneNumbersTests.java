package org.whatmatters.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @CsvSource({"+447700900123,+447700900123", "+44 7700 900123,+447700900123", "+1 (415) 555-0100,+14155550100"})
    void acceptsInternationalNumbersWithSpacing(String raw, String e164) {
        assertThat(PhoneNumbers.e164(raw)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "447700900123", "+0447700900123", "+44", "+44770090012345678", "call me", ""})
    void refusesAnythingElse(String raw) {
        assertThat(PhoneNumbers.e164(raw)).isEmpty();
    }

    @Test
    void masksAllButTheEnds() {
        assertThat(PhoneNumbers.mask("+447700900123")).isEqualTo("+44*******123").doesNotContain("7700900");
        assertThat(PhoneNumbers.mask(null)).isEqualTo("***");
    }
}
