package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerParserTests {

    private static final List<String> CONTACT = List.of("Text message", "Phone call", "Email", "Letter");

    @Nested
    class YesNo {
        @ParameterizedTest(name = "[{index}] \"{0}\" -> yes")
        @ValueSource(strings = {"yes", "Yes.", "YES!!", "y", "Y", "yeah", "yep", "yup", "ya", "aye", "ok", "OK",
            "okay", "k", "sure", "of course", "please", "correct", "right", "that's right", "thats right", "fine",
            "go on", "alright", "all right", "definitely", "absolutely", "yes please", "yes that's fine",
            "\uD83D\uDC4D", "\uD83D\uDC4D\uD83C\uDFFD", "yess", "yesss", "yea", "yh", "ye", "Yes pls",
            "yeah go on then", "oh yes", "erm yes I think so", "I think so", "no problem", "I don't mind",
            "defo", "that's correct", "why not", "yes it is", "Yes, my daughter lives with me",
            "no worries", "sure, no problem", "Yeah, that'd be lovely", "yes yes", "I wouldn't mind", "it is",
            "I do", "okie dokie", "i agree", "sounds good", "yep \uD83D\uDC4D", "\u2705"})
        void yes(String text) {
            assertThat(AnswerParser.yesNo(text)).as(text).contains(true);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> no")
        @ValueSource(strings = {"no", "No.", "n", "N", "nope", "nah", "no thanks", "No thank you", "not really",
            "not now", "never", "wrong", "no it's not", "no its not", "that's wrong", "I'd rather not",
            "I would rather not", "I don't agree", "noo", "nooo", "nah not really", "not at all", "of course not",
            "definitely not", "that's not right", "not ok", "I don't think so", "i dont think so", "no, that's fine",
            "\uD83D\uDC4E", "no ta", "No, I live on my own", "certainly not", "please don't", "I don't want to",
            "not for me thanks", "sorry no", "nope!", "I'd say no", "no I don't", "i'm not", "absolutely not",
            "not true", "Nope, never", "not really no"})
        void no(String text) {
            assertThat(AnswerParser.yesNo(text)).as(text).contains(false);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> unclear")
        @ValueSource(strings = {"maybe", "dunno", "what?", "not sure", "I'm not sure", "im not sure", "idk",
            "I don't know", "perhaps", "sometimes", "yes and no", "no idea", "yes no", "hmm", "it depends",
            "kind of", "possibly", "what do you mean", "yes but not sure", "the weather is nice", "", "   ",
            "thank you", "yeah I dunno", "not bad", "ok no", "yeah nah", "I live alone", "probably yes"})
        void unclear(String text) {
            assertThat(AnswerParser.yesNo(text)).as(text).isEmpty();
        }

        @Test
        void nullIsUnclear() {
            assertThat(AnswerParser.yesNo(null)).isEmpty();
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest(name = "[{index}] \"{0}\" in [{1},{2}] -> {3}")
        @CsvSource(delimiter = '|', value = {
            "7|0|10|7", "seven|0|10|7", "about 6|0|10|6", "six-ish|0|10|6", "sixish|0|10|6", "7/10|0|10|7",
            "7 / 10|0|10|7", "6 out of 10|0|10|6", "six out of ten|0|10|6", "I'd say 8|0|10|8", "a 5|0|10|5",
            "maybe a four|0|10|4", "10!|0|10|10", "zero|0|10|0", "nought|0|10|0", "none|0|10|0", "ten|0|10|10",
            "0 out of 10|0|10|0", "0|0|10|0", "10|0|10|10", "1|1|5|1", "5|1|5|5", "It's about a 3 today|0|10|3",
            "probably 7 tbh|0|10|7", "Eight.|0|10|8", "twenty one|0|30|21", "twenty-one|0|30|21", "42|0|100|42",
            "7ish|0|10|7", "I'd give it a 9 out of 10|0|10|9", "8, definitely 8|0|10|8", "ten out of ten|0|10|10",
            "the first one is 4|0|10|4"})
        void parses(String text, int min, int max, int expected) {
            assertThat(AnswerParser.number(text, min, max)).as(text).hasValue(expected);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" in [{1},{2}] -> empty")
        @CsvSource(delimiter = '|', value = {
            "11|0|10", "-|0|10", "eleven|0|10", "0|1|5", "none|1|5", "zero|1|10", "6|1|5", "6 or 7|0|10",
            "between 5 and 6|0|10", "5-6|0|10", "5 to 6|0|10", "6.5|0|10", "6,5|0|10", "six and a half|0|10",
            "dunno|0|10", "not sure|0|10", "lots|0|10", "a 5 maybe a 6|0|10", "100|0|10",
            "99999999999999|0|10", "I have 2 dogs and it's a 7|0|10", "I'd say about seven or eight|0|10",
            "3 maybe 4|0|10", "a one|0|10", "no one|0|10", "on a good day 8 on a bad day 3|0|10"})
        void rejects(String text, int min, int max) {
            assertThat(AnswerParser.number(text, min, max)).as(text).isEmpty();
        }

        @Test
        void nullAndEmptyRange() {
            assertThat(AnswerParser.number(null, 0, 10)).isEmpty();
            assertThat(AnswerParser.number("5", 10, 0)).isEmpty();
        }
    }

    @Nested
    class Choice {
        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "text|0", "Text message|0", "by phone please|1", "email me|2", "1|0", "2|1", "option 2|1",
            "the second one|1", "first|0", "the last one|3", "letter|3", "LETTER|3", "a letter in the post|3",
            "ring me|1", "call me|1", "txt|0", "texting is best|0", "e-mail|2", "by post|3", "4|3",
            "number 3|2", "the 3rd|2", "not by phone, text please|0", "I don't have email so a letter|3",
            "phone call|1", "three|2", "I'd go for the second|1", "emails please|2", "on my mobile|1",
            "the top one|0", "the bottom one|3", "one|0", "1st|0", "I can't use a phone so text|0"})
        void picks(String text, int expected) {
            assertThat(AnswerParser.choice(text, CONTACT)).as(text).hasValue(expected);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> empty")
        @ValueSource(strings = {"5", "option 7", "pigeon", "text or email", "phone or letter", "", "dunno",
            "either", "fifth", "email or text is fine", "whatsapp"})
        void rejects(String text) {
            assertThat(AnswerParser.choice(text, CONTACT)).as(text).isEmpty();
        }

        @Test
        void prefersLongerContainedLabelAndExactNumericLabels() {
            assertThat(AnswerParser.choice("phone call", List.of("Phone", "Phone call"))).hasValue(1);
            assertThat(AnswerParser.choice("1", List.of("0", "1", "2 or more"))).hasValue(1);
            assertThat(AnswerParser.choice("coffee", List.of("Cup of tea", "Cup of coffee"))).hasValue(1);
            assertThat(AnswerParser.choice("a cup", List.of("Cup of tea", "Cup of coffee"))).isEmpty();
            assertThat(AnswerParser.choice("x", List.of())).isEmpty();
            assertThat(AnswerParser.choice(null, CONTACT)).isEmpty();
        }
    }

    @Nested
    class Commands {
        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "help|HELP", "HELP!|HELP", "?|HELP", "??|HELP", "i don't understand|HELP", "I dont understand|HELP",
            "what do you mean|HELP", "what do you mean?|HELP", "huh|HELP", "huh?|HELP", "help me please|HELP",
            "repeat|REPEAT", "say that again|REPEAT", "again|REPEAT", "pardon|REPEAT", "pardon?|REPEAT",
            "what was the question|REPEAT", "can you repeat that please|REPEAT", "sorry can you say that again|REPEAT",
            "back|BACK", "go back|BACK", "undo|BACK", "change my last answer|BACK", "i want to change my answer|BACK",
            "go back please|BACK", "can I go back|BACK",
            "skip|SKIP", "pass|SKIP", "next|SKIP", "skip this|SKIP", "rather not say|SKIP", "prefer not to say|SKIP",
            "I'd rather not say|SKIP", "skip this question please|SKIP",
            "stop|STOP", "STOP|STOP", "quit|STOP", "exit|STOP", "end|STOP", "i want to stop|STOP", "stop please|STOP",
            "leave me alone|STOP", "i don't want to do this anymore|STOP", "i dont want to do this any more|STOP",
            "please stop texting me|STOP", "stop it|STOP", "unsubscribe|STOP", "no stop|STOP",
            "can I talk to someone|PERSON", "speak to a person|PERSON", "real person|PERSON",
            "talk to a human|PERSON", "can someone call me|PERSON", "i want to speak to my link worker|PERSON",
            "is this a robot? i want a real person|PERSON", "can i speak to someone pls|PERSON",
            "I'd like to talk to a real person about this|PERSON", "am I talking to a computer?|PERSON",
            "cn i spk to sum1|PERSON", "i want a human|PERSON", "can u put me through to a nurse|PERSON",
            "I'd like someone to call me|PERSON", "are you a real person?|PERSON", "Person|PERSON",
            "go back one|BACK", "next one|SKIP", "I'd rather not answer that|SKIP", "no thanks, bye|STOP",
            "STOP!!!|STOP", "stop messaging me|STOP", "i wanna stop|STOP", "whats the question?|REPEAT",
            "Help!|HELP", "hlp|HELP", "again please|REPEAT", "could you repeat the question|REPEAT"})
        void fires(String text, Command expected) {
            assertThat(AnswerParser.command(text)).as(text).contains(expected);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> none")
        @ValueSource(strings = {"my help comes from my daughter", "I'd like to stop smoking",
            "going back to work", "someone to talk to would be nice", "people who help me", "yes", "no",
            "7", "my family", "I need help with my shopping", "stop worrying about money",
            "I want to be able to talk to people at church", "I like to talk to people", "back pain",
            "the end of the garden", "skipping meals", "next door neighbour helps", "my link worker is lovely",
            "it would be nice to speak to someone now and then", "I'd rather not", "", "   ",
            "treated like a real person, not a number", "I want to be treated like a human being",
            "I need a person to help with shopping", "real people matter", "someone to call me would be nice",
            "is it real", "my nurse can call me", "can I speak to my daughter", "quit smoking", "stop the pain",
            "skip to the end", "I don't know", "done", "comment", "help with cleaning"})
        void doesNotFire(String text) {
            assertThat(AnswerParser.command(text)).as(text).isEmpty();
        }

        @Test
        void nullIsNoCommand() {
            assertThat(AnswerParser.command(null)).isEmpty();
        }
    }

    @Nested
    class Items {
        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @CsvSource(delimiter = '|', value = {
            "my family, my garden and my dog|my family;my garden;my dog",
            "My family. My garden.|My family;My garden",
            "going up and down stairs|going up and down stairs",
            "fish and chips on Fridays|fish and chips on Fridays",
            "I like to read and I like to walk|I like to read;I like to walk",
            "My family, my friends, and my church|My family;my friends;my church",
            "Mr. Smith next door is kind. He helps me.|Mr. Smith next door is kind;He helps me",
            "things I enjoy e.g. baking|things I enjoy e.g. baking",
            "Keeping my weight at 75.5 kg. Walking the dog|Keeping my weight at 75.5 kg;Walking the dog",
            "seeing my grandchildren and going to church|seeing my grandchildren;going to church",
            "my family and friends|my family and friends",
            "My hip hurts and I'm worried about the gas bill|My hip hurts;I'm worried about the gas bill",
            "I'm a good listener and I knit|I'm a good listener;I knit",
            "I look after my mum and the house is always damp|I look after my mum;the house is always damp",
            "me and my wife go walking|me and my wife go walking",
            "When I go out, I like to see my friends and my family"
                + "|When I go out, I like to see my friends and my family",
            "my garden, going up and down stairs|my garden;going up and down stairs",
            "My husband, John|My husband, John",
            "Staying independent! Being able to cook|Staying independent!;Being able to cook",
            "  ...  |",
            "Well... my family mostly|Well... my family mostly",
            "my garden & my dog|my garden;my dog",
            "Dr. Patel and my nurse|Dr. Patel and my nurse",
            "i love my cat and i want to stay at home|i love my cat;i want to stay at home",
            "my family; my cat|my family;my cat",
            "tea and biscuits, my garden|tea and biscuits;my garden",
            "My wife, who is 80, and my dog|My wife, who is 80;my dog",
            "My health, my home|My health;my home",
            "Yes, my garden|Yes, my garden",
            "Home, family and friends|Home;family;friends",
            "Being with my family and friends and my dog|Being with my family and friends and my dog",
            "family,friends,dog|family;friends;dog",
            "cooking, cleaning etc. Also my cat|cooking;cleaning etc;Also my cat",
            "Staying well, being happy, and not being a burden|Staying well;being happy;not being a burden",
            "my family, especially my grandchildren|my family, especially my grandchildren",
            "Dr. Jones, Mrs. Brown and St. Mary's church|Dr. Jones;Mrs. Brown;St. Mary's church"})
        void splits(String text, String expected) {
            List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
            assertThat(AnswerParser.items(text)).as(text).containsExactlyElementsOf(want);
        }

        @Test
        void splitsLinesAndBullets() {
            assertThat(AnswerParser.items("- my family\n- my garden\n\n- walking to the shops"))
                .containsExactly("my family", "my garden", "walking to the shops");
            assertThat(AnswerParser.items("1. Family\n2. Garden\r\n3) Church."))
                .containsExactly("Family", "Garden", "Church");
            assertThat(AnswerParser.items("\u2022 my dog \u2022 my friends")).containsExactly("my dog", "my friends");
            assertThat(AnswerParser.items("My family\nMy garden and my dog"))
                .containsExactly("My family", "My garden", "my dog");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void emptyInput(String text) {
            assertThat(AnswerParser.items(text)).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] odd input does not throw")
    @ValueSource(strings = {",", "c,,", "+", "' +", "1 \u2019;?,??n2+'?&t85/1a?a\u2019?;\n  o+ ;5D\u2022'+", "...",
        "\u2026",
        "\uD83D\uDE00", "&&&", "- \n - \n", "1.", "and", ", and ,"})
    void oddInputIsSafe(String text) {
        AnswerParser.yesNo(text);
        AnswerParser.number(text, 0, 10);
        AnswerParser.choice(text, CONTACT);
        AnswerParser.command(text);
        assertThat(AnswerParser.items(text)).doesNotContain("");
    }

    @Test
    void optionalTypes() {
        assertThat(AnswerParser.yesNo("yes")).isEqualTo(Optional.of(true));
        assertThat(AnswerParser.number("3", 0, 10)).isEqualTo(OptionalInt.of(3));
    }
}
