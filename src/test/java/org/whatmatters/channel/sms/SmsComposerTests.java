package org.whatmatters.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.channel.sms.SmsSegments.Encoding;

class SmsComposerTests {

    private static Outgoing ask(String text, AnswerKind kind, List<String> options) {
        return new Outgoing(text, options, kind, 0, 0, false);
    }

    private static String single(Outgoing... turn) {
        List<String> bodies = SmsComposer.compose(List.of(turn));
        assertThat(bodies).hasSize(1);
        return bodies.get(0);
    }

    private static List<String> words(String text) {
        String t = text.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static int segments(String body) {
        return SmsSegments.of(body).segments();
    }

    // ---- hints ----

    @Test
    void yesNoHint() {
        assertThat(single(ask("Do you live alone?", AnswerKind.YES_NO, List.of())))
                .isEqualTo("Do you live alone? Reply YES or NO.");
    }

    @Test
    void yesNoHintNotDuplicated() {
        assertThat(single(ask("Do you live alone? reply yes or no", AnswerKind.YES_NO, List.of("Yes", "No"))))
                .isEqualTo("Do you live alone? reply yes or no");
    }

    @Test
    void choiceOptionsAreNumberedInOrderKeepingCase() {
        assertThat(single(ask("Who helps you most?", AnswerKind.CHOICE,
                List.of("Family", "Friends", "a carer", "Someone else"))))
                .isEqualTo("Who helps you most? Reply 1 for Family, 2 for Friends, 3 for a carer or 4 for Someone else.");
        assertThat(single(ask("Pick one.", AnswerKind.CHOICE, List.of("Morning", "Evening"))))
                .isEqualTo("Pick one. Reply 1 for Morning or 2 for Evening.");
        assertThat(single(ask("Pick one.", AnswerKind.CHOICE, List.of("Morning"))))
                .isEqualTo("Pick one. Reply 1 for Morning.");
    }

    @Test
    void skipIsNotNumberedButHinted() {
        Outgoing q = new Outgoing("How is your sleep?", List.of("Good", "Poor", "Skip"), AnswerKind.CHOICE, 0, 0, true);
        assertThat(single(q)).isEqualTo("How is your sleep? Reply 1 for Good or 2 for Poor. Reply SKIP to skip.");
    }

    @Test
    void skipOptionAloneStillOffersSkip() {
        Outgoing q = new Outgoing("How is your sleep?", List.of("Good", "Poor", "skip"), AnswerKind.CHOICE, 0, 0, false);
        assertThat(single(q)).isEqualTo("How is your sleep? Reply 1 for Good or 2 for Poor. Reply SKIP to skip.");
    }

    @Test
    void scaleHint() {
        Outgoing q = new Outgoing("How much pain are you in today?", List.of(), AnswerKind.SCALE, 0, 10, false);
        assertThat(single(q)).isEqualTo("How much pain are you in today? Reply with a number from 0 to 10.");
    }

    @Test
    void scaleHintNotDuplicated() {
        Outgoing q = new Outgoing("Pick a number from 1 to 5.", List.of(), AnswerKind.SCALE, 1, 5, false);
        assertThat(single(q)).isEqualTo("Pick a number from 1 to 5.");
    }

    @Test
    void textLoopWithNoOptionGetsOrReplyNo() {
        assertThat(single(ask("Is there anything else that matters to you?", AnswerKind.TEXT, List.of("No, nothing else"))))
                .isEqualTo("Is there anything else that matters to you? Or reply NO if that's all.");
    }

    @Test
    void plainTextQuestionHasNoHint() {
        assertThat(single(ask("What does a good day look like for you?", AnswerKind.TEXT, List.of())))
                .isEqualTo("What does a good day look like for you?");
    }

    @Test
    void optionalTextGetsSkipHint() {
        Outgoing q = new Outgoing("Anything about your home?", List.of(), AnswerKind.TEXT, 0, 0, true);
        assertThat(single(q)).isEqualTo("Anything about your home? Reply SKIP to skip.");
        Outgoing yn = new Outgoing("Do you have a pet?", List.of(), AnswerKind.YES_NO, 0, 0, true);
        assertThat(single(yn)).isEqualTo("Do you have a pet? Reply YES or NO. Reply SKIP to skip.");
    }

    @Test
    void hintGoesOnlyOnTheLastQuestion() {
        List<String> bodies = SmsComposer.compose(List.of(
                ask("Did you sleep well?", AnswerKind.YES_NO, List.of()),
                Outgoing.say("Thanks."),
                new Outgoing("How are you today?", List.of(), AnswerKind.SCALE, 1, 5, false),
                Outgoing.say("Take your time.")));
        assertThat(bodies).containsExactly(
                "Did you sleep well?\n\nThanks.\n\nHow are you today? Reply with a number from 1 to 5.\n\nTake your time.");
    }

    @Test
    void statementsOnlyGetNoHint() {
        assertThat(single(Outgoing.say("Thank you for talking to us."))).isEqualTo("Thank you for talking to us.");
    }

    // ---- normalisation ----

    @Test
    void typographyIsNormalisedSoEnglishStaysGsm7() {
        String body = single(Outgoing.say(
                "We\u2019d like to hear what\u2019s important to you \u2014 your \u201Cgood day\u201D\u2026\u00A0\u2022 family \u2013 friends"));
        assertThat(body).isEqualTo("We'd like to hear what's important to you - your \"good day\"... - family - friends");
        assertThat(SmsSegments.of(body).encoding()).isEqualTo(Encoding.GSM7);
    }

    @Test
    void optionsAreNormalisedToo() {
        assertThat(single(ask("Which?", AnswerKind.CHOICE, List.of("I don\u2019t know", "Other"))))
                .isEqualTo("Which? Reply 1 for I don't know or 2 for Other.");
    }

    @Test
    void emojiIsKeptAndMakesThatBodyUcs2() {
        String body = single(Outgoing.say("Lovely to hear \u2019that\u2019 \uD83D\uDE00"));
        assertThat(body).isEqualTo("Lovely to hear 'that' \uD83D\uDE00");
        assertThat(SmsSegments.of(body).encoding()).isEqualTo(Encoding.UCS2);
    }

    // ---- packing and splitting ----

    @Test
    void shortMessagesArePackedIntoOneSms() {
        List<String> bodies = SmsComposer.compose(List.of(
                Outgoing.say("Thanks, Jean."),
                Outgoing.say("That is really helpful."),
                ask("Is there anything else?", AnswerKind.YES_NO, List.of())));
        assertThat(bodies).containsExactly(
                "Thanks, Jean.\n\nThat is really helpful.\n\nIs there anything else? Reply YES or NO.");
    }

    @Test
    void messagesThatWouldOverflowStartANewSms() {
        String a = "a".repeat(200);
        String b = "b".repeat(150);
        String c = "c".repeat(100);
        assertThat(SmsComposer.compose(List.of(Outgoing.say(a), Outgoing.say(b), Outgoing.say(c))))
                .containsExactly(a, b + "\n\n" + c);
    }

    @Test
    void packingAccountsForUcs2() {
        String a = "Hello \uD83D\uDE00 " + "x".repeat(60);   // UCS-2, 69 units
        String b = "y".repeat(100);                         // GSM, but joined would be UCS-2 171 units = 3 segments
        assertThat(SmsComposer.compose(List.of(Outgoing.say(a), Outgoing.say(b)))).containsExactly(a, b);
    }

    @Test
    void longTextIsSplitAtSentenceEnds() {
        String[] sentences = {
            "Thank you for telling us about the things that matter most to you.",
            "We will share what you have said with your care team before your next visit.",
            "They will use it to plan care that fits around your life, not the other way round!",
            "If anything changes, you can text us again at any time.",
            "Would you like a copy of your answers by post?",
            "You can also ask your GP practice for a printed copy.",
            "Your answers are kept safe and only shared with people involved in your care.",
            "Some people like to talk things through with a family member first.",
            "That is absolutely fine, and you can come back to any question later.",
            "Thank you again for your time today.",
            "Speak to you soon, take care.",
        };
        String text = String.join(" ", sentences);
        assertThat(text.length()).isBetween(650, 750);

        List<String> bodies = SmsComposer.compose(List.of(Outgoing.say(text)));

        assertThat(bodies).hasSizeGreaterThan(2);
        assertThat(bodies).allSatisfy(b -> {
            assertThat(segments(b)).isLessThanOrEqualTo(SmsComposer.MAX_SEGMENTS);
            assertThat(b).matches("(?s).*[.!?]").isEqualTo(b.trim());
            assertThat(Arrays.stream(sentences).anyMatch(b::startsWith)).as("starts at a sentence: %s", b).isTrue();
        });
        assertThat(String.join(" ", bodies)).isEqualTo(text);
    }

    @Test
    void longTextIsSplitAtNewlines() {
        String line = "a line without a full stop that is quite long so it fills up space";
        String text = (line + "\n").repeat(8).trim();
        List<String> bodies = SmsComposer.compose(List.of(Outgoing.say(text)));
        assertThat(bodies).hasSizeGreaterThan(1);
        assertThat(bodies).allSatisfy(b -> {
            assertThat(segments(b)).isLessThanOrEqualTo(2);
            assertThat(b.split("\n")).allMatch(line::equals);
        });
    }

    @Test
    void longSingleSentenceIsSplitAtWords() {
        String[] vocabulary = {"care", "family", "garden", "walking", "independence", "friends", "music", "church"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 500; i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(vocabulary[i % vocabulary.length]);
        }
        String text = sb.toString();
        List<String> bodies = SmsComposer.compose(List.of(Outgoing.say(text)));
        assertThat(bodies).hasSizeGreaterThan(1);
        assertThat(bodies).allSatisfy(b -> {
            assertThat(segments(b)).isLessThanOrEqualTo(2);
            assertThat(words(b)).allMatch(w -> Arrays.asList(vocabulary).contains(w));
        });
        assertThat(String.join(" ", bodies)).isEqualTo(text);
    }

    @Test
    void overlongWordIsHardSplit() {
        String word = "x".repeat(700);
        List<String> bodies = SmsComposer.compose(List.of(Outgoing.say("Link: " + word + " end.")));
        assertThat(bodies).allSatisfy(b -> assertThat(segments(b)).isLessThanOrEqualTo(2));
        assertThat(String.join("", bodies).replaceAll("\\s", "")).isEqualTo("Link:" + word + "end.");
    }

    @Test
    void overlongEmojiWordIsNotSplitInsideASurrogatePair() {
        String word = "\uD83D\uDE00".repeat(200);
        List<String> bodies = SmsComposer.compose(List.of(Outgoing.say(word)));
        assertThat(bodies).hasSizeGreaterThan(1).allSatisfy(b -> {
            assertThat(segments(b)).isLessThanOrEqualTo(2);
            assertThat(b.codePoints()).allMatch(cp -> cp == 0x1F600);
        });
        assertThat(String.join("", bodies)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void blankTextsGiveNoBodies(String text) {
        assertThat(SmsComposer.compose(List.of(Outgoing.say(text), Outgoing.say(text)))).isEmpty();
    }

    @Test
    void emptyTurnGivesNoBodies() {
        assertThat(SmsComposer.compose(List.of())).isEmpty();
        assertThat(SmsComposer.compose(null)).isEmpty();
    }

    @Test
    void blankQuestionStillCarriesItsHint() {
        assertThat(SmsComposer.compose(List.of(Outgoing.say("Do you drive?"), ask(" ", AnswerKind.YES_NO, List.of()))))
                .containsExactly("Do you drive?\n\nReply YES or NO.");
    }

    // ---- property-style ----

    private static final String[] WORDS = {
        "I", "like", "my", "garden", "and", "seeing", "the", "grandchildren", "on", "Sundays", "don\u2019t",
        "\u201Cgood\u201D", "day\u2026", "\u2014", "€5", "[note]", "café", "Zoë", "\uD83D\uDE0A", "independence",
        "walk.", "church!", "why?", "ok.\n", "home,", "\n", "tea", "at", "4pm", "Ça", "~", "{x}",
    };

    private static String randomText(Random r) {
        int n = r.nextInt(r.nextInt(10) == 0 ? 400 : 60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ");
            if (r.nextInt(150) == 0) {
                sb.append("w".repeat(100 + r.nextInt(500))); // occasionally a very long word (a link, say)
            } else {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void everyBodyFitsAndNoWordIsLost() {
        for (int seed = 0; seed < 3000; seed++) {
            Random r = new Random(seed);
            List<Outgoing> turn = new ArrayList<>();
            StringBuilder expected = new StringBuilder();
            int messages = 1 + r.nextInt(5);
            for (int m = 0; m < messages; m++) {
                String text = randomText(r);
                turn.add(Outgoing.say(text));
                expected.append(' ').append(SmsComposer.normalise(text));
            }
            if (r.nextBoolean()) {
                turn.add(ask("Shall we go on?", AnswerKind.YES_NO, List.of()));
                expected.append(" Shall we go on? Reply YES or NO.");
            }
            List<String> bodies = SmsComposer.compose(turn);
            String all = String.join("\n\n", bodies);
            boolean hasOverlongWord = words(expected.toString()).stream().anyMatch(w -> !SmsComposer.fits(w));

            assertThat(bodies).as("seed %d", seed).allSatisfy(b -> {
                assertThat(b).isNotBlank().isEqualTo(b.trim());
                assertThat(segments(b)).as("segments of %s", b).isLessThanOrEqualTo(SmsComposer.MAX_SEGMENTS);
            });
            assertThat(all.replaceAll("\\s", "")).as("seed %d", seed)
                    .isEqualTo(expected.toString().replaceAll("\\s", ""));
            if (!hasOverlongWord) {
                assertThat(words(all)).as("seed %d", seed).isEqualTo(words(expected.toString()));
            }
        }
    }

    @Test
    void packedBodiesAreNotWastefullySmall() {
        // two consecutive bodies could never have been one: otherwise the packer would have joined them
        for (int seed = 0; seed < 500; seed++) {
            Random r = new Random(seed);
            List<Outgoing> turn = new ArrayList<>();
            for (int m = 0; m < 6; m++) {
                turn.add(Outgoing.say(randomText(r).replace("\n", " ").replaceAll("[.!?]", "")));
            }
            List<String> bodies = SmsComposer.compose(turn);
            for (int i = 1; i < bodies.size(); i++) {
                String prev = bodies.get(i - 1);
                String next = bodies.get(i);
                assertThat(SmsComposer.fits(prev + "\n\n" + next) && SmsComposer.fits(prev + " " + next))
                        .as("seed %d: %s | %s", seed, prev, next).isFalse();
            }
        }
    }

    @Test
    void compositionIsStableAcrossCalls() {
        List<Outgoing> turn = List.of(Outgoing.say("Hello."), ask("Ok?", AnswerKind.YES_NO, List.of()));
        assertThat(SmsComposer.compose(turn)).isEqualTo(SmsComposer.compose(turn));
        assertThat(SmsComposer.compose(turn).stream().collect(Collectors.joining())).contains("Reply YES or NO.");
    }
}
