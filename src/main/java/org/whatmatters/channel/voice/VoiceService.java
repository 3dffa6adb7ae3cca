package org.whatmatters.channel.voice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.whatmatters.channel.sms.SmsBodies;
import org.whatmatters.channel.twilio.NotSentException;
import org.whatmatters.channel.twilio.PhoneNumbers;
import org.whatmatters.channel.twilio.TwilioMessages;
import org.whatmatters.channel.twilio.TwilioSettings;
import org.whatmatters.consent.ContactRequest;
import org.whatmatters.consent.ContactRequests;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.conversation.ConversationClosedException;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.conversation.Outcome;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.Expect;
import org.whatmatters.flow.Prompt;
import org.whatmatters.flow.Reply;
import org.whatmatters.nlp.AnswerParser;

/** Turns Twilio voice requests into conversation turns, and turns into TwiML. */
@Service
class VoiceService {

    private static final Logger log = LoggerFactory.getLogger(VoiceService.class);

    private final ConversationService conversations;
    private final OptOuts optOuts;
    private final TwilioMessages twilio;
    private final TwilioSettings settings;
    private final VoiceCalls calls;
    private final Clock clock;

    VoiceService(ConversationService conversations, OptOuts optOuts, TwilioMessages twilio, TwilioSettings settings, VoiceCalls calls,
            Clock clock) {
        this.conversations = conversations;
        this.optOuts = optOuts;
        this.twilio = twilio;
        this.settings = settings;
        this.calls = calls;
        this.clock = clock;
    }

    /** A call comes in: carry on the caller's conversation (from any channel) or start one. */
    String incoming(String callSid, String phone, String action) {
        if (optOuts.isOptedOut(phone)) {
            return new Twiml(settings).say(VoiceTexts.OPTED_OUT_CALLER).hangup().xml();
        }
        Optional<String> active = conversations.activeFor(phone);
        Outcome outcome;
        if (active.isPresent()) {
            outcome = conversations.resume(active.get(), Channel.VOICE, true);
        } else {
            outcome = conversations.startForPhone(phone, null, Channel.VOICE, null).outcome();
        }
        calls.save(new VoiceCall(callSid, outcome.conversationId(), now()));
        log.info("Call from {} on conversation {}", PhoneNumbers.mask(phone), outcome.conversationId());
        Twiml twiml = new Twiml(settings);
        if (active.isEmpty()) {
            twiml.say(VoiceTexts.KEYS);
        }
        return render(twiml, outcome, action);
    }

    /** The caller answered (by speech or keys), or said nothing. */
    String answer(String callSid, String phone, String speech, Double confidence, String digits, String action) {
        Optional<VoiceCall> found = calls.findById(callSid);
        if (found.isEmpty()) {
            return incoming(callSid, phone, action);
        }
        VoiceCall call = found.get();
        boolean silent = isBlank(speech) && isBlank(digits);
        if (silent) {
            return silence(call, phone, action);
        }
        call.heard(now());
        calls.save(call);
        String said = isBlank(digits) ? speech.strip() : null;
        switch (call.awaiting()) {
            case CONFIRM:
                return confirmed(call, yes(said, digits), action);
            case TEXT_INSTEAD:
                return yes(said, digits).orElse(false) ? textInstead(call, phone) : goodbye(call);
            case TRANSFER:
                if (yes(said, digits).orElse(false) && settings.transferEnabled()) {
                    save(call, VoiceCall.Awaiting.ANSWER, null);
                    log.info("Caller on conversation {} transferred to the safety line", call.conversationId());
                    return new Twiml(settings).say(VoiceTexts.TRANSFERRING).dial(settings.safetyTransferNumber()).xml();
                }
                save(call, VoiceCall.Awaiting.ANSWER, null);
                return question(new Twiml(settings).say(VoiceTexts.NO_TRANSFER), call, action);
            default:
                break;
        }
        if (said != null && ContactRequests.classify(said) == ContactRequest.OPT_OUT && !ContactRequests.isCarrierKeyword(said)) {
            optOuts.optOut(phone, Channel.VOICE);
            conversations.endAllFor(phone, "opted-out");
            log.info("{} opted out by phone", PhoneNumbers.mask(phone));
            return new Twiml(settings).say(VoiceTexts.OPTED_OUT_NOW).hangup().xml();
        }
        Optional<Prompt> prompt = conversations.currentPrompt(call.conversationId());
        String text = said != null ? said : keys(digits, prompt.orElse(null));
        if (said != null && confidence != null && confidence < settings.minSpeechConfidence() && prompt.isPresent()) {
            Optional<String> heard = understood(said, prompt.get());
            if (heard.isPresent()) {
                save(call, VoiceCall.Awaiting.CONFIRM, said);
                return gatherOnly(VoiceTexts.confirm(heard.get()), action);
            }
        }
        return turn(call, text, action);
    }

    private String turn(VoiceCall call, String text, String action) {
        Outcome outcome;
        try {
            outcome = conversations.receive(call.conversationId(), text, Channel.VOICE);
        } catch (ConversationClosedException e) {
            return goodbye(call);
        }
        Twiml twiml = new Twiml(settings);
        if (outcome.safety() != null && settings.transferEnabled() && outcome.state() == ConversationState.ACTIVE) {
            twiml.saySlowly(outcome.replies().get(0).text());
            save(call, VoiceCall.Awaiting.TRANSFER, null);
            return twiml.gather(List.of(VoiceTexts.OFFER_TRANSFER), action).xml();
        }
        return render(twiml, outcome, action);
    }

    /** Says the replies; the last question is asked inside a Gather; a finished conversation ends the call. */
    private String render(Twiml twiml, Outcome outcome, String action) {
        List<Reply> replies = new ArrayList<>(outcome.replies());
        if (outcome.safety() != null && !replies.isEmpty()) {
            twiml.saySlowly(replies.remove(0).text());
        }
        int question = -1;
        for (int i = replies.size() - 1; i >= 0 && question < 0; i--) {
            if (replies.get(i).isQuestion()) {
                question = i;
            }
        }
        if (outcome.state() != ConversationState.ACTIVE || question < 0) {
            replies.forEach(r -> twiml.say(r.text()));
            return twiml.hangup().xml();
        }
        for (int i = 0; i < question; i++) {
            twiml.say(replies.get(i).text());
        }
        Reply ask = replies.get(question);
        List<String> spoken = new ArrayList<>();
        spoken.add(ask.text());
        spoken.add(VoiceTexts.hint(ask.text(), ask.prompt(), ask.options()));
        for (int i = question + 1; i < replies.size(); i++) {
            spoken.add(replies.get(i).text());
        }
        return twiml.gather(spoken, action).xml();
    }

    private String question(Twiml twiml, VoiceCall call, String action) {
        try {
            return render(twiml, conversations.resume(call.conversationId(), Channel.VOICE, false), action);
        } catch (ConversationClosedException e) {
            return goodbye(call);
        }
    }

    private String silence(VoiceCall call, String phone, String action) {
        int silences = call.silence(now());
        VoiceCall.Awaiting awaiting = call.awaiting();
        if (awaiting == VoiceCall.Awaiting.TEXT_INSTEAD || silences > 2) {
            return goodbye(call);
        }
        if (awaiting == VoiceCall.Awaiting.CONFIRM || awaiting == VoiceCall.Awaiting.TRANSFER) {
            save(call, VoiceCall.Awaiting.ANSWER, null);
        }
        if (silences == 1) {
            calls.save(call);
            return question(new Twiml(settings).say(VoiceTexts.SILENCE_ONCE), call, action);
        }
        if (!twilio.canSend() || optOuts.isOptedOut(phone)) {
            return goodbye(call);
        }
        save(call, VoiceCall.Awaiting.TEXT_INSTEAD, null);
        return gatherOnly(VoiceTexts.OFFER_TEXT, action);
    }

    /** Carries the same conversation on by SMS: the current question is texted, and the call ends. */
    private String textInstead(VoiceCall call, String phone) {
        save(call, VoiceCall.Awaiting.ANSWER, null);
        try {
            Outcome outcome = conversations.resume(call.conversationId(), Channel.SMS, false);
            for (String body : SmsBodies.of(outcome.replies())) {
                twilio.send(phone, body);
            }
            log.info("Call on conversation {} handed over to SMS", call.conversationId());
            return new Twiml(settings).say(VoiceTexts.TEXT_SENT).hangup().xml();
        } catch (NotSentException | ConversationClosedException e) {
            return new Twiml(settings).say(VoiceTexts.TEXT_NOT_POSSIBLE).hangup().xml();
        }
    }

    private String confirmed(VoiceCall call, Optional<Boolean> yes, String action) {
        String pending = call.pendingText();
        save(call, VoiceCall.Awaiting.ANSWER, null);
        if (yes.orElse(false) && pending != null) {
            return turn(call, pending, action);
        }
        return question(new Twiml(settings).say(VoiceTexts.CONFIRM_NO), call, action);
    }

    private String goodbye(VoiceCall call) {
        save(call, VoiceCall.Awaiting.ANSWER, null);
        return new Twiml(settings).say(VoiceTexts.GOODBYE).hangup().xml();
    }

    private String gatherOnly(String text, String action) {
        return new Twiml(settings).gather(List.of(text), action).xml();
    }

    private void save(VoiceCall call, VoiceCall.Awaiting awaiting, String pending) {
        call.await(awaiting, pending, now());
        calls.save(call);
    }

    /**
     * Key presses as words: 1 and 2 for yes and no (2 also ends an "anything else?" question), numbers as
     * they are; * repeats, *1 help, *2 back, *3 skip.
     */
    static String keys(String digits, Prompt prompt) {
        String d = digits.strip().replace("#", "");
        switch (d) {
            case "*":
                return "repeat";
            case "*1":
                return "help";
            case "*2":
                return "back";
            case "*3":
                return "skip";
            default:
                break;
        }
        if (prompt != null && (prompt.expect() == Expect.YES_NO || prompt.expect() == Expect.TEXT)) {
            if (d.equals("1")) {
                return "yes";
            }
            if (d.equals("2")) {
                return "no";
            }
        }
        return d.isEmpty() ? "repeat" : d;
    }

    private static Optional<Boolean> yes(String said, String digits) {
        if (said == null) {
            String d = digits.strip().replace("#", "");
            return d.equals("1") ? Optional.of(true) : d.equals("2") ? Optional.of(false) : Optional.empty();
        }
        return AnswerParser.yesNo(said);
    }

    /** What an unsure answer would be taken to mean, said back to the caller; empty when it means nothing anyway. */
    private static Optional<String> understood(String said, Prompt prompt) {
        if (prompt.expect() == Expect.YES_NO) {
            return AnswerParser.yesNo(said).map(y -> y ? "yes" : "no");
        }
        if (prompt.expect() == Expect.SCALE) {
            var n = AnswerParser.number(said, prompt.min(), prompt.max());
            return n.isPresent() ? Optional.of(String.valueOf(n.getAsInt())) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

}
