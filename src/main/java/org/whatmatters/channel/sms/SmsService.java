package org.whatmatters.channel.sms;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.whatmatters.channel.twilio.NotSentException;
import org.whatmatters.channel.twilio.PhoneNumbers;
import org.whatmatters.channel.twilio.TwilioMessages;
import org.whatmatters.channel.twilio.TwilioSettings;
import org.whatmatters.consent.ContactRequest;
import org.whatmatters.consent.ContactRequests;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.conversation.ConversationClosedException;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.InvalidMessageException;
import org.whatmatters.conversation.Outcome;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.Reply;

/**
 * Handles inbound texts. Messages from one number are handled one at a time and in order; each
 * MessageSid is handled once; a reply not ready within the budget is sent later through the REST API.
 */
@Service
class SmsService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmsService.class);
    private static final String EMPTY_TWIML = new MessagingResponse.Builder().build().toXml();

    private final ConversationService conversations;
    private final OptOuts optOuts;
    private final TwilioMessages twilio;
    private final TwilioSettings settings;
    private final SmsReceipts receipts;
    private final PhoneLocks locks;
    private final Clock clock;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sms-turn");
        t.setDaemon(true);
        return t;
    });

    SmsService(ConversationService conversations, OptOuts optOuts, TwilioMessages twilio, TwilioSettings settings, SmsReceipts receipts,
            PhoneLocks locks, Clock clock) {
        this.conversations = conversations;
        this.optOuts = optOuts;
        this.twilio = twilio;
        this.settings = settings;
        this.receipts = receipts;
        this.locks = locks;
        this.clock = clock;
    }

    /** Returns the TwiML to answer Twilio's webhook with. */
    String receive(String messageSid, String phone, String body) {
        // 0: undecided, 1: the webhook answer carries the reply, 2: the reply goes by REST because the webhook gave up waiting
        AtomicInteger delivery = new AtomicInteger();
        Future<String> work = workers.submit(() -> locks.withLock(phone, () -> handleOnce(messageSid, phone, body, delivery)));
        try {
            return work.get(settings.replyBudget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (delivery.compareAndSet(0, 2)) {
                log.info("Reply to {} not ready within {}; it will be sent by REST", PhoneNumbers.mask(phone), settings.replyBudget());
                return EMPTY_TWIML;
            }
            return join(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EMPTY_TWIML;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not handle an inbound SMS", e.getCause());
        }
    }

    private static String join(Future<String> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EMPTY_TWIML;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not handle an inbound SMS", e.getCause());
        }
    }

    private String handleOnce(String messageSid, String phone, String body, AtomicInteger delivery) {
        Optional<SmsReceipt> seen = receipts.findById(messageSid);
        if (seen.isPresent()) {
            log.info("Duplicate MessageSid from {}: answering as before", PhoneNumbers.mask(phone));
            return seen.get().sentAsync() ? EMPTY_TWIML : seen.get().replyTwiml();
        }
        Handled handled = handle(phone, body);
        String twiml = twiml(handled.bodies());
        boolean late = !delivery.compareAndSet(0, 1);
        receipts.save(new SmsReceipt(messageSid, phone, handled.conversationId(), twiml, late, OffsetDateTime.now(clock)));
        if (late) {
            for (String text : handled.bodies()) {
                try {
                    twilio.send(phone, text);
                } catch (NotSentException e) {
                    log.warn("Late reply to {} not sent: {}", PhoneNumbers.mask(phone), e.reason());
                    break;
                }
            }
        }
        return twiml;
    }

    private record Handled(String conversationId, List<String> bodies) {}

    private Handled handle(String phone, String body) {
        ContactRequest request = ContactRequests.classify(body);
        if (request == ContactRequest.OPT_OUT) {
            optOuts.optOut(phone, Channel.SMS);
            int ended = conversations.endAllFor(phone, "opted-out");
            log.info("{} opted out by SMS; {} conversation(s) ended", PhoneNumbers.mask(phone), ended);
            // Twilio confirms its own keywords; plain-language requests get our confirmation.
            return new Handled(null, ContactRequests.isCarrierKeyword(body) ? List.of() : List.of(SmsTexts.OPTED_OUT));
        }
        if (request == ContactRequest.OPT_IN) {
            optOuts.optIn(phone, Channel.SMS);
            log.info("{} opted back in by SMS", PhoneNumbers.mask(phone));
            return new Handled(null, ContactRequests.isCarrierKeyword(body) ? List.of() : List.of(SmsTexts.OPTED_IN));
        }
        if (optOuts.isOptedOut(phone)) {
            return new Handled(null, List.of());
        }
        if (request == ContactRequest.HELP) {
            Optional<String> active = conversations.activeFor(phone);
            if (active.isEmpty()) {
                return new Handled(null, List.of(SmsTexts.HELP));
            }
            List<String> bodies = new java.util.ArrayList<>(List.of(SmsTexts.HELP_SHORT));
            bodies.addAll(SmsBodies.of(conversations.receive(active.get(), body, Channel.SMS).replies()));
            return new Handled(active.get(), bodies);
        }
        if (body == null || body.isBlank()) {
            return new Handled(null, List.of(SmsTexts.NOT_TEXT));
        }
        try {
            Optional<String> active = conversations.activeFor(phone);
            Outcome outcome;
            try {
                outcome = active.isPresent() ? conversations.receive(active.get(), body, Channel.SMS)
                        : conversations.startForPhone(phone, null, Channel.SMS, body).outcome();
            } catch (ConversationClosedException e) {
                outcome = conversations.startForPhone(phone, null, Channel.SMS, body).outcome();
            }
            return new Handled(outcome.conversationId(), SmsBodies.of(outcome.replies()));
        } catch (InvalidMessageException e) {
            return new Handled(null, List.of(SmsTexts.TOO_LONG));
        }
    }

    static String twiml(List<String> bodies) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        for (String text : bodies) {
            response.message(new Message.Builder().body(new Body.Builder(text).build()).build());
        }
        return response.build().toXml();
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
