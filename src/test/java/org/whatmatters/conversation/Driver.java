package org.whatmatters.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.whatmatters.support.Chat;
import org.whatmatters.support.Phone;
import org.whatmatters.support.TestApp;
import org.whatmatters.support.TwilioFake;

/** A person taking part in a transcript over one channel: web chat, SMS or phone. */
abstract class Driver {

    protected final TestApp app;
    private String safety = "none";

    Driver(TestApp app) {
        this.app = app;
    }

    static Driver of(String channel, TestApp app, TwilioFake twilio) {
        switch (channel) {
            case "web":
                return new Web(app);
            case "sms":
                return new ByPhone(app, twilio, "sms", false);
            case "voice":
                return new ByPhone(app, twilio, "voice", false);
            case "mixed":
                return new ByPhone(app, twilio, "sms", true);
            default:
                throw new IllegalArgumentException("Unknown channel " + channel);
        }
    }

    abstract void start(String flow);

    /** Sends what the person says and keeps the replies. */
    final void say(String text) {
        int before = flags();
        send(text);
        List<ConversationSnapshot.Flag> flags = service().snapshot(conversationId()).safetyFlags();
        safety = flags.size() > before ? flags.get(flags.size() - 1).level().name() : "none";
    }

    protected abstract void send(String text);

    /** From now on the person uses another channel (a call is made when that channel is the phone). */
    void via(String channel) {
        throw new UnsupportedOperationException("Only a mixed transcript can change channel");
    }

    /** Twilio delivers the last text again with the same MessageSid (a retry after a timeout). */
    void resend() {
        throw new UnsupportedOperationException("Only SMS has retried deliveries");
    }

    /** Says nothing when asked (the phone's Gather times out). */
    void silence() {
        throw new UnsupportedOperationException("Only a call can be silent");
    }

    /** Texts sent to the person through Twilio's REST API during the last turn. */
    String texted() {
        return "";
    }

    abstract String replies();

    abstract String conversationId();

    String state() {
        return service().state(conversationId()).name();
    }

    /** URGENT or CONCERN when the last message raised a safety concern, else none. */
    String safety() {
        return safety;
    }

    List<Transcript.Entry> transcript() {
        return service().transcript(conversationId()).messages();
    }

    private int flags() {
        return service().snapshot(conversationId()).safetyFlags().size();
    }

    protected ConversationService service() {
        return app.bean(ConversationService.class);
    }

    static final class Web extends Driver {
        private Chat chat;

        Web(TestApp app) {
            super(app);
        }

        Chat chat() {
            return chat;
        }

        @Override
        void start(String flow) {
            chat = Chat.start(app, flow);
        }

        @Override
        protected void send(String text) {
            chat.say(text);
        }

        @Override
        String replies() {
            return chat.replies();
        }

        @Override
        String conversationId() {
            return chat.id();
        }

        @Override
        String state() {
            String state = chat.state();
            assertThat(super.state()).as("stored state matches the API").isEqualTo(state);
            return state;
        }

        @Override
        String safety() {
            var s = chat.last().get("safety");
            String fromApi = s == null || s.isNull() ? "none" : s.get("level").asString();
            assertThat(super.safety()).as("stored safety matches the API").isEqualTo(fromApi);
            return fromApi;
        }
    }

    /**
     * A phone number texting and calling. Starts the way {@code startVia} says; a mixed transcript may
     * move between the two channels.
     */
    static final class ByPhone extends Driver {
        private final TwilioFake twilio;
        private final Phone phone;
        private final String startVia;
        private final boolean mixed;
        private boolean calling;
        private String replies = "";
        private String texted = "";
        private String lastText;
        private String lastSid;

        ByPhone(TestApp app, TwilioFake twilio, String startVia, boolean mixed) {
            super(app);
            this.twilio = twilio;
            this.phone = new Phone(app, Phone.randomNumber());
            this.startVia = startVia;
            this.mixed = mixed;
        }

        @Override
        void start(String flow) {
            if (startVia.equals("voice")) {
                assertThat(flow).as("calls always start the default flow").isNull();
                via("voice");
            } else if (flow == null) {
                replies = String.join("\n", phone.text("Hello").messages());
            } else {
                TestApp.Response invited = app.post("/api/invitations", TestApp.json(Map.of("phone", phone.number(), "flow", flow)),
                        TestApp.admin());
                assertThat(invited.status()).as(invited.body()).isEqualTo(201);
                replies = String.join("\n", twilio.sentTo(phone.number()));
            }
        }

        @Override
        void via(String channel) {
            assertThat(mixed || replies.isEmpty()).as("only a mixed transcript changes channel").isTrue();
            calling = channel.equals("voice");
            if (calling) {
                int before = twilio.sentTo(phone.number()).size();
                replies = String.join("\n", phone.call().checkedVoice().spoken());
                texted = texts(before);
            }
        }

        @Override
        protected void send(String text) {
            int before = twilio.sentTo(phone.number()).size();
            if (calling) {
                replies = String.join("\n", phone.speak(text).checkedVoice().spoken());
            } else {
                lastText = text;
                lastSid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
                List<String> messages = phone.text(text, lastSid).messages();
                messages.forEach(m -> assertThat(org.whatmatters.channel.sms.SmsSegments.of(m).segments()).as(m).isLessThanOrEqualTo(2));
                replies = String.join("\n", messages);
            }
            texted = texts(before);
        }

        @Override
        void resend() {
            assertThat(calling).as("only texts are retried").isFalse();
            int inbound = (int) transcript().stream().filter(m -> m.direction() == Direction.IN).count();
            String before = replies;
            replies = String.join("\n", phone.text(lastText, lastSid).messages());
            assertThat(replies).as("a retried MessageSid gets the same reply").isEqualTo(before);
            assertThat(transcript().stream().filter(m -> m.direction() == Direction.IN)).as("and is stored once").hasSize(inbound);
        }

        @Override
        void silence() {
            assertThat(calling).as("silence needs a call").isTrue();
            int before = twilio.sentTo(phone.number()).size();
            replies = String.join("\n", phone.silence().checkedVoice().spoken());
            texted = texts(before);
        }

        private String texts(int before) {
            List<String> sent = twilio.sentTo(phone.number());
            return String.join("\n", sent.subList(before, sent.size()));
        }

        @Override
        String texted() {
            return texted;
        }

        @Override
        String replies() {
            return replies;
        }

        @Override
        String conversationId() {
            return service().latestFor(phone.number()).orElseThrow();
        }
    }
}
