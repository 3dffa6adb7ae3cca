package org.whatmatters.channel.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.support.Phone;
import org.whatmatters.support.TestApp;
import org.whatmatters.support.TwilioFake;

/** The phone channel end to end, with signed Twilio Programmable Voice requests. */
class VoiceIntegrationTests {

    private static final String TRANSFER = "+447700900555";
    private static TwilioFake twilio;
    private static TestApp app;

    @BeforeAll
    static void start() {
        twilio = new TwilioFake();
        app = twilio.configure(TestApp.inMemory()).with("whatmatters.twilio.safety-transfer-number", TRANSFER).start();
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    @BeforeEach
    void resetTwilio() {
        twilio.acceptMessages();
    }

    private static ConversationService conversations() {
        return app.bean(ConversationService.class);
    }

    private static Phone.Response checked(Phone.Response r) {
        return r.checkedVoice();
    }

    @Test
    void aCallIsAnsweredWithTheVoiceWordingAndAGatherForSpeechOrKeys() {
        Phone phone = new Phone(app, Phone.randomNumber());
        Phone.Response r = checked(phone.call());

        assertThat(r.all()).contains("Hello, this is WhatMatters", "Say yes or press 1", "press star");
        assertThat(r.elements("Gather")).hasSize(1);
    }

    @Test
    void keysAndSpeechBothAnswerQuestions() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        assertThat(checked(phone.press("1")).all()).contains("What would you like me to call you?");
        assertThat(checked(phone.speak("It's Grace")).all()).contains("Thanks, Grace");
        assertThat(checked(phone.press("*")).all()).as("star repeats").contains("What matters most to you");
        assertThat(checked(phone.speak("my garden")).all()).contains("anything else");
        assertThat(checked(phone.press("2")).all()).as("2 ends the loop").contains("What is going well");
        assertThat(checked(phone.press("*2")).all()).as("star 2 goes back").contains("go back", "What matters most");
    }

    @Test
    void anUnsureYesOrNumberIsConfirmedBeforeItIsUsed() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        Phone.Response unsure = checked(phone.speak("yes", 0.31));
        assertThat(unsure.all()).contains("I heard yes. Is that right?");
        assertThat(checked(phone.speak("no")).all()).contains("try again", "Is that OK?");
        assertThat(checked(phone.speak("yes", 0.3)).all()).contains("I heard yes");
        assertThat(checked(phone.press("1")).all()).contains("What would you like me to call you?");
    }

    @Test
    void silenceIsAskedAgainOnceThenTextingIsOfferedAndTheConversationCarriesOnBySms() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        phone.press("1");
        assertThat(checked(phone.silence()).all()).contains("didn't hear anything", "call you");
        assertThat(checked(phone.silence()).all()).contains("send the questions by text message instead?");
        Phone.Response handedOver = checked(phone.speak("yes please"));
        assertThat(handedOver.all()).contains("sent you a text");
        assertThat(handedOver.elements("Hangup")).hasSize(1);

        assertThat(String.join(" ", twilio.sentTo(phone.number()))).contains("What would you like me to call you?");
        assertThat(phone.text("Ali").all()).as("the reply by SMS answers the question").contains("Thanks, Ali");
    }

    @Test
    void silenceAfterTheOfferEndsTheCallPolitely() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        phone.silence();
        phone.silence();
        Phone.Response bye = checked(phone.silence());
        assertThat(bye.all()).contains("Goodbye");
        assertThat(bye.elements("Hangup")).hasSize(1);
        assertThat(conversations().state(conversations().latestFor(phone.number()).orElseThrow())).isEqualTo(ConversationState.ACTIVE);
    }

    @Test
    void aTextConversationContinuesByPhoneAtTheSameStepWithARecap() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        phone.text("Mina");
        phone.text("My sister and my cats");

        Phone.Response call = checked(phone.call());
        assertThat(call.all()).contains("Welcome back, Mina", "what matters to you", "anything else");
        assertThat(checked(phone.speak("my job")).all()).contains("anything else");
        assertThat(conversations().latestFor(phone.number())).isPresent();
        String id = conversations().latestFor(phone.number()).orElseThrow();
        assertThat(conversations().snapshot(id).answers()).extracting(a -> a.text()).contains("My sister and my cats", "my job");
    }

    @Test
    void aPhoneConversationContinuesByTextWithARecap() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        phone.press("1");
        phone.speak("Tom");

        Phone.Response text = phone.text("hi");
        assertThat(text.all()).contains("Welcome back, Tom", "your name", "What matters most");
    }

    @Test
    void aRiskSaidOnThePhoneIsSignpostedSlowlyAndATransferIsOffered() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        phone.press("1");
        Phone.Response r = checked(phone.speak("I want to kill myself"));

        assertThat(r.all()).contains("116 123", "put you through");
        assertThat(r.elements("prosody")).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("rate")).isEqualTo("slow"));
        assertThat(r.elements("Pause")).isNotEmpty();
        String id = conversations().latestFor(phone.number()).orElseThrow();
        assertThat(conversations().snapshot(id).urgent()).isTrue();

        Phone.Response transfer = checked(phone.press("1"));
        assertThat(transfer.elements("Dial")).singleElement().satisfies(d -> assertThat(d.getTextContent().strip()).isEqualTo(TRANSFER));
    }

    @Test
    void decliningTheTransferCarriesOnWithTheQuestion() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        phone.press("1");
        phone.speak("sometimes I wish I wasn't here");
        Phone.Response r = checked(phone.speak("no thanks"));
        assertThat(r.all()).contains("carry on", "call you");
    }

    @Test
    void askingNotToBeCalledOptsTheNumberOut() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.call();
        Phone.Response r = checked(phone.speak("please don't call me again"));
        assertThat(r.all()).contains("won't call or text you again");
        assertThat(app.bean(OptOuts.class).isOptedOut(phone.number())).isTrue();

        Phone.Response again = checked(phone.call());
        assertThat(again.all()).contains("asked us not to contact you");
        assertThat(phone.text("hello").messages()).isEmpty();
    }

    @Test
    void forgedVoiceRequestsAreRefused() {
        Phone phone = new Phone(app, Phone.randomNumber());
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("CallSid", "CAforged");
        form.put("From", phone.number());
        assertThat(phone.postRaw("/twilio/voice", form, "bm90LWEtc2lnbmF0dXJl").status()).isEqualTo(403);
        assertThat(phone.postRaw("/twilio/voice/answer", form, null).status()).isEqualTo(403);
        assertThat(conversations().latestFor(phone.number())).isEmpty();
    }

    @Test
    void aWholeConversationCanBeHadByPhoneAndEndsWithAGoodbye() {
        Phone phone = new Phone(app, Phone.randomNumber());
        checked(phone.call());
        for (String answer : List.of("yes", "Pat", "my grandchildren", "no", "I can still cook", "my knees", "my son",
                "skip", "to walk to the shop", "six", "7", "5", "four", "phone call", "no")) {
            checked(phone.speak(answer));
        }
        Phone.Response check = checked(phone.speak("yes"));
        assertThat(check.all()).contains("A link worker will read your answers");
        assertThat(check.elements("Hangup")).hasSize(1);
        String id = conversations().latestFor(phone.number()).orElseThrow();
        assertThat(conversations().state(id)).isEqualTo(ConversationState.COMPLETED);
        var plan = app.get("/api/plans?conversationId=" + id, TestApp.admin()).json();
        assertThat(plan.size()).isEqualTo(1);
    }
}
