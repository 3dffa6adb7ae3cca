package org.whatmatters.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.support.Phone;
import org.whatmatters.support.TestApp;
import org.whatmatters.support.TwilioFake;

/**
 * Replies that are not ready within the webhook's budget are sent through the REST API instead, and a
 * person who comes back after a long gap is welcomed back. Both budgets are set tiny here.
 */
class SmsLateReplyIntegrationTests {

    private static TwilioFake twilio;
    private static TestApp app;

    @BeforeAll
    static void start() {
        twilio = new TwilioFake();
        app = twilio.configure(TestApp.inMemory()).with("whatmatters.twilio.reply-budget", "PT0S")
                .with("whatmatters.conversation.long-gap", "PT1S").start();
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    /** Waits until the texts sent to a number, from the {@code from}-th on, contain the words. */
    private static List<String> awaitSent(String number, int from, String words) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        List<String> sent = twilio.sentTo(number);
        while (!String.join(" ", sent.subList(Math.min(from, sent.size()), sent.size())).contains(words) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent = twilio.sentTo(number);
        }
        return sent;
    }

    @Test
    void aReplyNotReadyInTimeIsAnsweredEmptyThenSentByRest() {
        Phone phone = new Phone(app, Phone.randomNumber());
        Phone.Response r = phone.text("hello", "SMlate00000000000000000000000000001");

        assertThat(r.messages()).isEmpty();
        List<String> sent = awaitSent(phone.number(), 0, "Is that OK?");
        assertThat(String.join(" ", sent)).contains("Is that OK?");

        Phone.Response retry = phone.text("hello", "SMlate00000000000000000000000000001");
        assertThat(retry.messages()).as("a retry after a late reply does not send it twice").isEmpty();
        assertThat(twilio.sentTo(phone.number())).hasSize(sent.size());
    }

    @Test
    void aPersonWhoComesBackAfterALongGapIsWelcomedBackWhereTheyWere() throws InterruptedException {
        Phone phone = new Phone(app, Phone.randomNumber());
        phone.text("hello");
        phone.text("yes");
        phone.text("Ruth");
        awaitSent(phone.number(), 0, "Thanks, Ruth");
        int before = twilio.sentTo(phone.number()).size();

        Thread.sleep(1300);
        phone.text("hi it's me again");

        List<String> sent = awaitSent(phone.number(), before, "What matters most");
        String welcome = String.join(" ", sent.subList(before, sent.size()));
        assertThat(welcome).contains("Welcome back, Ruth", "your name", "What matters most to you");
    }
}
