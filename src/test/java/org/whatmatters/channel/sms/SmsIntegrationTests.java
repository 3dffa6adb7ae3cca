package org.whatmatters.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.conversation.Transcript;
import org.whatmatters.support.Phone;
import org.whatmatters.support.TestApp;
import org.whatmatters.support.TwilioFake;

/** The SMS channel end to end, with signed Twilio-shaped webhooks and a stand-in for Twilio's REST API. */
class SmsIntegrationTests {

    private static TwilioFake twilio;
    private static TestApp app;

    @BeforeAll
    static void start() {
        twilio = new TwilioFake();
        app = twilio.configure(TestApp.inMemory()).start();
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

    private static List<Transcript.Entry> stored(String phone) {
        return conversations().latestFor(phone).map(id -> conversations().transcript(id).messages()).orElse(List.of());
    }

    @Test
    void aFirstTextStartsTheConversationAndEveryReplyFitsInTwoSegments() {
        Phone phone = new Phone(app, Phone.randomNumber());
        Phone.Response r = phone.text("Hi, my link worker said to text this number");

        assertThat(r.status()).isEqualTo(200);
        List<String> messages = r.messages();
        assertThat(String.join(" ", messages)).contains("WhatMatters", "Is that OK?", "Reply YES or NO");
        messages.forEach(m -> assertThat(SmsSegments.of(m).segments()).as(m).isLessThanOrEqualTo(2));
        assertThat(stored(phone.number())).first().satisfies(m -> assertThat(m.text()).startsWith("Hi, my link worker"));
    }

    @Test
    void choicesAreNumberedAndCanBeAnsweredWithTheNumber() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        phone.text("Jo");
        phone.text("my family");
        phone.text("no");
        for (int i = 0; i < 8; i++) {
            phone.text("skip");
        }
        Phone.Response contact = phone.text("skip");
        assertThat(contact.all()).contains("Reply 1 for Text message, 2 for Phone call, 3 for Email or 4 for Letter");
        assertThat(contact.all()).doesNotContain("for Skip");
        Phone.Response next = phone.text("1");
        assertThat(next.all()).contains("easier for us to talk with you");
    }

    @Test
    void unsignedForgedAndAlteredRequestsAreRefusedAndNothingIsStored() {
        Phone phone = new Phone(app, Phone.randomNumber());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SMforged0001");
        form.put("From", phone.number());
        form.put("To", TwilioFake.FROM);
        form.put("Body", "hello");
        String good = Phone.sign("/twilio/sms", form);

        assertThat(phone.postRaw("/twilio/sms", form, null).status()).as("missing").isEqualTo(403);
        assertThat(phone.postRaw("/twilio/sms", form, Phone.sign("other-token", TwilioFake.PUBLIC_URL + "/twilio/sms", form)).status())
                .as("signed with another token").isEqualTo(403);
        assertThat(phone.postRaw("/twilio/sms", form, Phone.sign("/twilio/voice", form)).status()).as("signed for another URL").isEqualTo(403);
        Map<String, String> altered = new LinkedHashMap<>(form);
        altered.put("Body", "something else");
        assertThat(phone.postRaw("/twilio/sms", altered, good).status()).as("replayed with a changed body").isEqualTo(403);

        assertThat(conversations().latestFor(phone.number())).isEmpty();
        assertThat(phone.postRaw("/twilio/sms", form, good).status()).as("the genuine request").isEqualTo(200);
        assertThat(conversations().latestFor(phone.number())).isPresent();
    }

    @Test
    void aRetriedMessageSidIsOneTurnAndGetsTheSameReply() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        Phone.Response first = phone.text("yes", "SMretry000000000000000000000000001");
        Phone.Response retry = phone.text("yes", "SMretry000000000000000000000000001");

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(stored(phone.number()).stream().filter(m -> m.direction().name().equals("IN") && m.text().equals("yes"))).hasSize(1);
        assertThat(phone.text("Sam").all()).contains("Thanks, Sam");
    }

    @Test
    void stopEndsTheConversationEverywhereAndNothingIsSentUntilStart() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        Phone.Response stop = phone.text("STOP");

        assertThat(stop.messages()).as("Twilio confirms its own keyword").isEmpty();
        assertThat(app.bean(OptOuts.class).isOptedOut(phone.number())).isTrue();
        String id = conversations().latestFor(phone.number()).orElseThrow();
        assertThat(conversations().state(id)).isEqualTo(ConversationState.ENDED);
        int storedBefore = stored(phone.number()).size();

        assertThat(phone.text("hello again").messages()).isEmpty();
        assertThat(stored(phone.number())).hasSize(storedBefore);
        TestApp.Response invite = app.post("/api/invitations", TestApp.json(Map.of("phone", phone.number())), TestApp.admin());
        assertThat(invite.status()).isEqualTo(409);
        assertThat(invite.json().get("detail").asString()).contains("asked not to be contacted");
        assertThat(twilio.sentTo(phone.number())).isEmpty();

        phone.text("start");
        assertThat(app.bean(OptOuts.class).isOptedOut(phone.number())).isFalse();
        assertThat(phone.text("hi").all()).contains("Is that OK?");
    }

    @Test
    void plainLanguageOptOutsAreCaughtAndConfirmed() {
        for (String words : List.of("please stop texting me", "Don't message me again", "no more texts thanks", "Can you unsubscribe me")) {
            Phone phone = new Phone(app, Phone.randomNumber());
            phone.text("hello");
            Phone.Response r = phone.text(words);
            assertThat(r.all()).as(words).contains("won't text or call you again", "START");
            assertThat(app.bean(OptOuts.class).isOptedOut(phone.number())).as(words).isTrue();
        }
    }

    @Test
    void helpExplainsHowToStopAndWhereToGetUrgentHelp() {
        Phone phone = new Phone(app, Phone.randomNumber());
        assertThat(phone.text("HELP").all()).contains("STOP", "999", "NHS 111");
        phone.text("hello");
        Phone.Response during = phone.text("info");
        assertThat(during.all()).contains("STOP", "999", "Is that OK?");
    }

    @Test
    void aSafetyMessageBySmsGetsTheFixedSignpostingAndTheConversationCarriesOn() {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        Phone.Response r = phone.text("i want to end my life");

        assertThat(r.all()).contains("116 123", "85258", "call you").doesNotContain("Thanks, i want");
        String id = conversations().latestFor(phone.number()).orElseThrow();
        assertThat(conversations().snapshot(id).urgent()).isTrue();
        assertThat(conversations().state(id)).isEqualTo(ConversationState.ACTIVE);
    }

    @Test
    void textsFromOneNumberAtTheSameMomentAreHandledOneAtATimeInOrder() throws Exception {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        phone.text("Lee");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Phone.Response>> sent = new ArrayList<>();
            for (String text : List.of("my dog", "my books")) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return phone.text(text);
                }));
            }
            go.countDown();
            for (Future<Phone.Response> f : sent) {
                assertThat(f.get().all()).contains("anything else");
            }
        } finally {
            pool.shutdown();
        }
        List<String> texts = stored(phone.number()).stream().map(m -> m.direction() + ":" + m.text()).toList();
        int a = texts.indexOf("IN:my dog");
        int b = texts.indexOf("IN:my books");
        assertThat(a).isPositive();
        assertThat(b).isPositive();
        int first = Math.min(a, b);
        assertThat(texts.get(first + 1)).startsWith("OUT:");
        assertThat(Math.max(a, b)).isGreaterThan(first + 1);
    }

    @Test
    void anInvitationIsSentThroughTwilioAndTheReplyContinuesIt() {
        String number = Phone.randomNumber();
        TestApp.Response r = app.post("/api/invitations", TestApp.json(Map.of("phone", number, "flow", "what-matters")), TestApp.admin());

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("conversationId").asString()).isNotBlank();
        assertThat(r.json().get("phone").asString()).doesNotContain(number.substring(4, 9));
        List<Map<String, String>> sent = twilio.sent();
        assertThat(sent).isNotEmpty();
        assertThat(sent.get(0).get("To")).isEqualTo(number);
        assertThat(sent.get(0).get("From")).isEqualTo(TwilioFake.FROM);
        assertThat(sent.get(0).get("_path")).isEqualTo(TwilioFake.MESSAGES);
        assertThat(sent.get(0).get("_auth")).startsWith("Basic ");
        assertThat(String.join(" ", twilio.sentTo(number))).contains("Is that OK?");

        assertThat(new Phone(app, number).text("yes").all()).contains("call you");
        assertThat(conversations().latestFor(number)).contains(r.json().get("conversationId").asString());
    }

    @Test
    void invitationsRefuseBadNumbersUnknownFlowsAnonymousCallersAndDuplicates() {
        assertThat(app.post("/api/invitations", "{\"phone\":\"07700 900123\"}", TestApp.admin()).json().get("detail").asString())
                .contains("international form");
        assertThat(app.post("/api/invitations", "{\"phone\":\"+12\"}", TestApp.admin()).status()).isEqualTo(400);
        assertThat(app.post("/api/invitations", "{}", TestApp.admin()).status()).isEqualTo(400);
        assertThat(app.post("/api/invitations", "{\"phone\":\"+447700900111\",\"flow\":\"nope\"}", TestApp.admin()).status()).isEqualTo(400);
        assertThat(app.post("/api/invitations", "{\"phone\":\"+447700900111\"}", null).status()).isEqualTo(401);
        String number = Phone.randomNumber();
        assertThat(app.post("/api/invitations", TestApp.json(Map.of("phone", number)), TestApp.admin()).status()).isEqualTo(201);
        TestApp.Response again = app.post("/api/invitations", TestApp.json(Map.of("phone", number)), TestApp.admin());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already has a conversation");
    }

    @Test
    void twilioReportingAnOptedOutNumberRecordsTheOptOut() {
        twilio.refuseAsOptedOut();
        String number = Phone.randomNumber();
        TestApp.Response r = app.post("/api/invitations", TestApp.json(Map.of("phone", number)), TestApp.admin());

        assertThat(r.status()).isEqualTo(409);
        assertThat(app.bean(OptOuts.class).isOptedOut(number)).isTrue();
        assertThat(twilio.requests()).as("no retry for an opt-out").isEqualTo(1);
        assertThat(conversations().state(conversations().latestFor(number).orElseThrow())).isEqualTo(ConversationState.ENDED);
    }

    @Test
    void busyOrFailingTwilioIsRetriedWithBackoff() {
        twilio.answerInTurn(429, 500);
        TestApp.Response ok = app.post("/api/invitations", TestApp.json(Map.of("phone", Phone.randomNumber())), TestApp.admin());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(twilio.requests()).isGreaterThanOrEqualTo(3);

        twilio.answerInTurn(500, 500, 500, 500);
        TestApp.Response failed = app.post("/api/invitations", TestApp.json(Map.of("phone", Phone.randomNumber())), TestApp.admin());
        assertThat(failed.status()).isEqualTo(502);
        assertThat(twilio.requests()).as("three attempts, then give up").isEqualTo(3);
    }
}
