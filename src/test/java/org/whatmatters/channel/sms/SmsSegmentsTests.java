package org.whatmatters.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.channel.sms.SmsSegments.Encoding;

class SmsSegmentsTests {

    @ParameterizedTest(name = "{0} GSM chars -> {1} segment(s)")
    @CsvSource({"1,1", "153,1", "160,1", "161,2", "305,2", "306,2", "307,3", "459,3", "460,4"})
    void gsmBoundaries(int length, int segments) {
        SmsSegments s = SmsSegments.of("a".repeat(length));
        assertThat(s.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(s.units()).isEqualTo(length);
        assertThat(s.segments()).isEqualTo(segments);
    }

    @ParameterizedTest(name = "{0} UCS-2 units -> {1} segment(s)")
    @CsvSource({"1,1", "70,1", "71,2", "134,2", "135,3", "201,3", "202,4"})
    void ucs2Boundaries(int length, int segments) {
        SmsSegments s = SmsSegments.of("\u0107".repeat(length)); // ć is not in GSM 03.38
        assertThat(s.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(s.units()).isEqualTo(length);
        assertThat(s.segments()).isEqualTo(segments);
    }

    @Test
    void euroSignCountsTwoSeptets() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM7, 160, 1));
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM7, 162, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"^", "{", "}", "\\", "[", "]", "~", "|", "€", "\f"})
    void extensionCharsCountTwo(String ch) {
        assertThat(SmsSegments.of(ch)).isEqualTo(new SmsSegments(Encoding.GSM7, 2, 1));
        assertThat(SmsSegments.of("a".repeat(159) + ch).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(158) + ch).segments()).isEqualTo(1);
    }

    @Test
    void oneEmojiSwitchesToUcs2AndCountsTwoUnits() {
        SmsSegments s = SmsSegments.of("See you soon 😀");
        assertThat(s).isEqualTo(new SmsSegments(Encoding.UCS2, 15, 1));
        assertThat(SmsSegments.of("a".repeat(69) + "😀").segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(68) + "😀").segments()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"don\u2019t", "\u2018quoted\u2019", "\u201Cquoted\u201D", "a \u2013 b", "wait\u2026", "\u2022 item"})
    void oneTypographicCharSwitchesToUcs2(String text) {
        SmsSegments s = SmsSegments.of(text);
        assertThat(s.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(s.units()).isEqualTo(text.length());
    }

    @Test
    void accentedGsmLettersStayGsm7() {
        String text = "éèùìòÇØøÅåÄÖÑÜäöñüàÉÆæß";
        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(Encoding.GSM7, text.length(), 1));
        assertThat(SmsSegments.of("Café in Málaga").encoding()).isEqualTo(Encoding.UCS2); // á is not GSM
        assertThat(SmsSegments.of("façade").encoding()).isEqualTo(Encoding.UCS2); // lower-case ç is not GSM
    }

    @Test
    void plainPunctuationAndSymbolsStayGsm7() {
        String text = "@£$¥_!\"#¤%&'()*+,-./:;<=>?¡§¿\n\r ΔΦΓΛΩΠΨΣΘΞ";
        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(Encoding.GSM7, text.length(), 1));
    }

    @Test
    void emptyTextIsOneSegment() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM7, 0, 1));
        assertThat(SmsSegments.of(null)).isEqualTo(new SmsSegments(Encoding.GSM7, 0, 1));
    }
}
