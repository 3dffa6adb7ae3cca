package org.whatmatters.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whatmatters.safety.SafetyCategory.*;
import static org.whatmatters.safety.SafetyLevel.CONCERN;
import static org.whatmatters.safety.SafetyLevel.URGENT;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyCheckTests {

    private final SafetyCheck check = new SafetyCheck();

    static Stream<Arguments> risks() {
        return Stream.of(
            // suicide, URGENT
            Arguments.of("I want to die", SUICIDE, URGENT),
            Arguments.of("i wanna kms", SUICIDE, URGENT),
            Arguments.of("IM GOING TO KILL MYSELF TONIGHT", SUICIDE, URGENT),
            Arguments.of("i dont want to be here anymore", SUICIDE, URGENT),
            Arguments.of("Honestly I don\u2019t want to be here any more.", SUICIDE, URGENT),
            Arguments.of("Everyone would be better off without me", SUICIDE, URGENT),
            Arguments.of("theres no point going on", SUICIDE, URGENT),
            Arguments.of("There's no point in living", SUICIDE, URGENT),
            Arguments.of("I've been saving up my tablets", SUICIDE, URGENT),
            Arguments.of("thinking about taking all my pills", SUICIDE, URGENT),
            Arguments.of("I feel suicidal", SUICIDE, URGENT),
            Arguments.of("I just want to end it all", SUICIDE, URGENT),
            Arguments.of("I want to end my life", SUICIDE, URGENT),
            Arguments.of("i might hang myself", SUICIDE, URGENT),
            Arguments.of("I keep thinking about jumping off the bridge", SUICIDE, URGENT),
            Arguments.of("i want 2 die", SUICIDE, URGENT),
            Arguments.of("i dont wanna live anymore", SUICIDE, URGENT),
            Arguments.of("sumtimes i think about killing myself", SUICIDE, URGENT),
            Arguments.of("I'd be better off dead", SUICIDE, URGENT),
            Arguments.of("im not ok i want to die", SUICIDE, URGENT),
            Arguments.of("I might take an overdose", SUICIDE, URGENT),
            Arguments.of("i want to kill myslef", SUICIDE, URGENT),
            Arguments.of("Im planning to jump in front of a train", SUICIDE, URGENT),
            Arguments.of("i'm gonna take all me tablets and not wake up", SUICIDE, URGENT),
            Arguments.of("I have nothing to live for", SUICIDE, URGENT),
            Arguments.of("not joking i want to end my life", SUICIDE, URGENT),
            Arguments.of("ive been stockpiling paracetamol", SUICIDE, URGENT),
            Arguments.of("i have the pills ready", SUICIDE, URGENT),
            Arguments.of("i feel sucidal", SUICIDE, URGENT),
            Arguments.of("i keep thinkin bout killin myself", SUICIDE, URGENT),
            Arguments.of("nobody would care if i killed myself", SUICIDE, URGENT),
            Arguments.of("i was going to kill myself but i called my sister", SUICIDE, URGENT),
            Arguments.of("I've never felt like I want to die until now", SUICIDE, URGENT),
            // suicide, CONCERN
            Arguments.of("Sometimes I wish I wasn't here", SUICIDE, CONCERN),
            Arguments.of("I wish I could go to sleep and not wake up", SUICIDE, CONCERN),
            Arguments.of("i cant go on like this", SUICIDE, CONCERN),
            Arguments.of("I feel like such a burden", SUICIDE, CONCERN),
            Arguments.of("I wish I was dead", SUICIDE, CONCERN),
            Arguments.of("i wanna end it", SUICIDE, CONCERN),
            Arguments.of("I'm not sure I want to be here anymore", SUICIDE, CONCERN),
            Arguments.of("I took an overdose years ago", SUICIDE, CONCERN),
            Arguments.of("When I was younger, I tried to kill myself", SUICIDE, CONCERN),
            Arguments.of("I'm tired of living", SUICIDE, CONCERN),
            Arguments.of("i cant take it anymore", SUICIDE, CONCERN),
            Arguments.of("I hope I don't wake up tomorrow", SUICIDE, CONCERN),
            Arguments.of("wot is the point of living", SUICIDE, CONCERN),
            Arguments.of("i can't see a way out", SUICIDE, CONCERN),
            Arguments.of("I haven't wanted to die for a long time", SUICIDE, CONCERN),
            Arguments.of("I'm not saying I want to die", SUICIDE, CONCERN),
            Arguments.of("I'm ready to die, I've had a good life", SUICIDE, CONCERN),
            Arguments.of("I hate hospitals, I don't want to be here", SUICIDE, CONCERN),
            // self-harm
            Arguments.of("I've been cutting myself again", SELF_HARM, URGENT),
            Arguments.of("i want to hurt myself", SELF_HARM, URGENT),
            Arguments.of("I burn myself with cigarettes", SELF_HARM, URGENT),
            Arguments.of("i hurt myself on purpose", SELF_HARM, URGENT),
            Arguments.of("I keep self-harming", SELF_HARM, URGENT),
            Arguments.of("I used to self-harm as a teenager", SELF_HARM, CONCERN),
            Arguments.of("I haven't self harmed for years", SELF_HARM, CONCERN),
            Arguments.of("i cut myself when i was at school", SELF_HARM, CONCERN),
            // abuse
            Arguments.of("My husband hits me", ABUSE, URGENT),
            Arguments.of("he hit me last night", ABUSE, URGENT),
            Arguments.of("my partner hurts me when he's drunk", ABUSE, URGENT),
            Arguments.of("He's been hitting me", ABUSE, URGENT),
            Arguments.of("I am being abused", ABUSE, URGENT),
            Arguments.of("he said he'd kill me if I leave", ABUSE, URGENT),
            Arguments.of("My husband says he will kill me", ABUSE, URGENT),
            Arguments.of("my bf beats me up", ABUSE, URGENT),
            Arguments.of("I'm scared he'll hurt me again", ABUSE, URGENT),
            Arguments.of("I'm scared of my husband", ABUSE, CONCERN),
            Arguments.of("he wont let me see my friends", ABUSE, CONCERN),
            Arguments.of("My son controls all my money", ABUSE, CONCERN),
            Arguments.of("He threatens me", ABUSE, CONCERN),
            Arguments.of("I don't feel safe at home", ABUSE, CONCERN),
            Arguments.of("she takes my pension and my bank card", ABUSE, CONCERN),
            Arguments.of("I was abused as a child", ABUSE, CONCERN),
            Arguments.of("he punched me in the face", ABUSE, URGENT),
            Arguments.of("i get beat up by my husband", ABUSE, URGENT),
            Arguments.of("He gets angry and throws things at me", ABUSE, URGENT),
            Arguments.of("I was raped last night", ABUSE, URGENT),
            Arguments.of("my husband pushed me down the stairs", ABUSE, URGENT),
            Arguments.of("he keeps threatning me", ABUSE, CONCERN),
            Arguments.of("i can't go out because he won't let me", ABUSE, CONCERN),
            Arguments.of("he checks my phone all the time", ABUSE, CONCERN),
            Arguments.of("I used to be abused by my ex", ABUSE, CONCERN),
            // harm to others
            Arguments.of("I'll kill him", HARM_TO_OTHERS, URGENT),
            Arguments.of("I want to hurt someone", HARM_TO_OTHERS, URGENT),
            Arguments.of("im gonna stab him", HARM_TO_OTHERS, URGENT),
            Arguments.of("I'm scared I might hurt someone", HARM_TO_OTHERS, URGENT),
            Arguments.of("ill kill u", HARM_TO_OTHERS, URGENT),
            Arguments.of("I could kill him", HARM_TO_OTHERS, CONCERN),
            Arguments.of("i swear ill stab him", HARM_TO_OTHERS, URGENT),
            Arguments.of("i feel like killing someone", HARM_TO_OTHERS, URGENT),
            Arguments.of("I hit my wife last night", HARM_TO_OTHERS, CONCERN),
            // child at risk
            Arguments.of("My child is being hurt", CHILD_AT_RISK, URGENT),
            Arguments.of("the kids arent safe with him", CHILD_AT_RISK, URGENT),
            Arguments.of("he hits the kids", CHILD_AT_RISK, URGENT),
            Arguments.of("i could shake the baby", CHILD_AT_RISK, URGENT),
            Arguments.of("she leaves the children home alone all night", CHILD_AT_RISK, CONCERN),
            Arguments.of("my stepdad touches my daughter inappropriately", CHILD_AT_RISK, URGENT),
            Arguments.of("I'm worried I'll hurt the kids", CHILD_AT_RISK, URGENT),
            // medical emergency
            Arguments.of("I've got chest pain", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("i cant breathe", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I can't breath properly", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I think I'm having a stroke", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("My wife has collapsed", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("bleeding heavily and it wont stop", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I've taken an overdose", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("i took a whole box of paracetamol", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("my throat is swelling up and i can hardly breathe", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I've fallen and can't get up", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("my husband isn't breathing", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("i took 30 paracetamol", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("my husband wont wake up", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I've been on the floor all night", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("MY CHEST HURTS AND MY ARM IS NUMB", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("my face is drooping and my words are slurred", MEDICAL_EMERGENCY, URGENT),
            Arguments.of("I cut myself and it won't stop bleeding", MEDICAL_EMERGENCY, URGENT),
            // self-neglect
            Arguments.of("I haven't eaten in days", SELF_NEGLECT, CONCERN),
            Arguments.of("I can't look after myself anymore", SELF_NEGLECT, CONCERN),
            Arguments.of("no heating and i cant cope", SELF_NEGLECT, CONCERN),
            Arguments.of("I've stopped taking my medication", SELF_NEGLECT, CONCERN),
            Arguments.of("havent had anything to eat since tuesday", SELF_NEGLECT, CONCERN),
            Arguments.of("I cant afford to put the heating on", SELF_NEGLECT, CONCERN),
            Arguments.of("i have no money for food", SELF_NEGLECT, CONCERN),
            Arguments.of("I'm lying in my own wee", SELF_NEGLECT, CONCERN));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @MethodSource("risks")
    void detectsRisk(String text, SafetyCategory category, SafetyLevel level) {
        Optional<SafetyFinding> finding = check.check(text);
        assertThat(finding).as(text).isPresent();
        assertThat(finding.get().category()).as(text).isEqualTo(category);
        assertThat(finding.get().level()).as(text).isEqualTo(level);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("risks")
    void matchedTextIsSubstringOfOriginal(String text, SafetyCategory category, SafetyLevel level) {
        String matched = check.check(text).orElseThrow().matchedText();
        assertThat(matched).isNotBlank();
        assertThat(text).contains(matched);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "I'm dying to see my grandson",
        "this pain is killing me",
        "my feet are killing me",
        "I'd kill for a cup of tea",
        "I want to end my gym membership",
        "my phone died",
        "just killing time",
        "I nearly died laughing",
        "I'm dead tired",
        "I would never hurt myself",
        "I don't want to die",
        "I used to cut the grass",
        "the garden is dying",
        "I could murder a curry",
        "that joke killed me",
        "I was bored to death",
        "I'm not suicidal",
        "I cut myself a slice of cake",
        "it would break my heart",
        "I have great skills",
        "I take all my tablets in the morning",
        "I've taken all my pills today",
        "I had a stroke five years ago, I'm doing fine now",
        "I want to die at home with my family around me",
        "I'd rather die than go into a care home",
        "I hurt myself when I fell in the garden",
        "I burnt myself on the kettle",
        "I have no chest pain today",
        "I don't want to live in a care home",
        "I'm scared of spiders",
        "I'm going to hit the gym",
        "I want to take my life back after the stroke",
        "I nearly had a heart attack when I saw the bill",
        "I've never self harmed",
        "My daughter won't let me pay for lunch",
        "I'm dying for a cuppa",
        "My mum died of a heart attack",
        "im not gonna kill myself dont worry",
        "I have no intention of ending my life",
        "My granddaughter beat me at scrabble again",
        "I'm skilled at killing weeds",
        "Breathe in and out slowly",
        "I'm not going to take all my tablets at once, don't worry",
        "I don't want to wake up early tomorrow",
        "I can't go on holiday this year",
        "He is always kind to me and helps me shop",
        "I love my husband, he looks after me",
        "I've cut down on sugar",
        "I'm ill with a cold",
        "we had a killer quiz night",
        "I take 12 tablets a day",
        "She beat me at chess again",
        "My daughter pushed me to see the doctor",
        "im ill today",
        "I feel strange today",
        "I'm scared I won't wake up after the operation",
        "The baby was choking on a grape but she's fine now",
        "My wife will kill me if I forget her birthday",
        "I've been killing myself with work",
        "My brother took his own life 10 years ago",
        "I used to be a nurse so I've seen lots of overdoses",
        "I'd love to go to the seaside before I die",
        "I cut myself off from my friends after my divorce",
        "My neighbour fell and hurt herself",
        "I feel like giving up smoking",
        "My tablets are ready to collect from the chemist",
        "I can't get out of bed without help",
        "he's never hit me",
        "I worry about falling when I go upstairs",
        "my knees are killing me and the stairs are hard",
        "I've got COPD so I get out of breath on the stairs",
        "I want to end it with my boyfriend",
        "I want to live to 100"})
    void benignReturnsEmpty(String text) {
        assertThat(check.check(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "...", "\uD83D\uDE00"})
    void blankOrNoWordsReturnsEmpty(String text) {
        assertThat(check.check(text)).isEmpty();
    }

    @Test
    void matchedTextKeepsOriginalCaseAndApostrophes() {
        assertThat(check.check("Honestly I'm going to KILL myself tonight").orElseThrow().matchedText())
                .isEqualTo("KILL myself");
        assertThat(check.check("i dont want to be here anymore").orElseThrow().matchedText())
                .isEqualTo("dont want to be here anymore");
        assertThat(check.check("I Used To Self-Harm").orElseThrow().matchedText()).isEqualTo("Self-Harm");
        assertThat(check.check("I\u2019m suicidal").orElseThrow().matchedText()).isEqualTo("I\u2019m suicidal");
    }

    @Test
    void mostSeriousWinsWhenSeveralRisks() {
        SafetyFinding f = check.check("Sometimes I wish I wasn't here. Last night I started cutting myself.")
                .orElseThrow();
        assertThat(f.level()).isEqualTo(URGENT);
        assertThat(f.category()).isEqualTo(SELF_HARM);
        assertThat(f.matchedText()).isEqualTo("cutting myself");

        SafetyFinding g = check.check("no heating, I have chest pain and I want to die").orElseThrow();
        assertThat(g.level()).isEqualTo(URGENT);
        assertThat(g.category()).isEqualTo(MEDICAL_EMERGENCY);
    }

    @Test
    void negationOnlyCoversItsOwnClause() {
        assertThat(check.check("I'm not suicidal but sometimes I wish I wasn't here"))
                .get().extracting(SafetyFinding::level, SafetyFinding::category).containsExactly(CONCERN, SUICIDE);
        assertThat(check.check("I don't want to die but I keep thinking about ending it all"))
                .get().extracting(SafetyFinding::level).isEqualTo(URGENT);
        assertThat(check.check("its not fair i want to die")).get().extracting(SafetyFinding::level).isEqualTo(URGENT);
    }

    @Test
    void wordBoundariesNotSubstrings() {
        assertThat(check.check("my skillset")).isEmpty();
        assertThat(check.check("overdoses are something my daughter deals with as a nurse")).isEmpty();
    }

    @Test
    void safeToShareAcrossThreads() {
        List<String> texts = List.of("I want to die", "my feet are killing me", "he hits me", "I've got chest pain");
        List<Optional<SafetyFinding>> expected = texts.stream().map(check::check).toList();
        IntStream.range(0, 400).parallel().forEach(i ->
                assertThat(check.check(texts.get(i % texts.size()))).isEqualTo(expected.get(i % texts.size())));
    }

    @Test
    void longMessageStillFindsTheRisk() {
        String filler = "We went to the garden centre and had a cup of tea with my sister. ".repeat(200);
        assertThat(check.check(filler + "I want to end my life." + filler))
                .get().extracting(SafetyFinding::matchedText).isEqualTo("end my life");
    }

    @Test
    void publicNoArgConstructorAndReusable() {
        SafetyCheck a = new SafetyCheck();
        assertThat(a.check("I want to die")).isPresent();
        assertThat(a.check("lovely weather")).isEmpty();
        assertThat(a.check("I want to die")).isPresent();
    }
}
