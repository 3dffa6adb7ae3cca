package org.whatmatters.channel.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.whatmatters.channel.twilio.NotSentException;
import org.whatmatters.channel.twilio.PhoneNumbers;
import org.whatmatters.channel.twilio.TwilioMessages;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.Started;
import org.whatmatters.flow.Channel;

@Service
class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final ConversationService conversations;
    private final OptOuts optOuts;
    private final TwilioMessages twilio;
    private final Invitations invitations;
    private final PhoneLocks locks;
    private final Clock clock;

    InvitationService(ConversationService conversations, OptOuts optOuts, TwilioMessages twilio, Invitations invitations, PhoneLocks locks,
            Clock clock) {
        this.conversations = conversations;
        this.optOuts = optOuts;
        this.twilio = twilio;
        this.invitations = invitations;
        this.locks = locks;
        this.clock = clock;
    }

    InvitationController.InvitationResponse invite(String rawPhone, String flow, String staff) {
        String phone = PhoneNumbers.e164(rawPhone).orElseThrow(() -> new InvitationRefusedException(HttpStatus.BAD_REQUEST,
                "'" + rawPhone + "' is not a phone number in international form. Use + and the country code, such as +447700900123."));
        if (!conversations.flowExists(flow)) {
            throw new InvitationRefusedException(HttpStatus.BAD_REQUEST, "There is no flow called '" + flow + "'.");
        }
        if (!twilio.canSend()) {
            throw new InvitationRefusedException(HttpStatus.SERVICE_UNAVAILABLE,
                    "SMS is not set up: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID.");
        }
        return locks.withLock(phone, () -> {
            if (optOuts.isOptedOut(phone)) {
                throw new InvitationRefusedException(HttpStatus.CONFLICT,
                        "This number has asked not to be contacted (it texted STOP or asked us to stop), so no invitation was sent.");
            }
            conversations.activeFor(phone).ifPresent(id -> {
                throw new InvitationRefusedException(HttpStatus.CONFLICT,
                        "This number already has a conversation under way (" + id + "). It continues when the person replies.");
            });
            Started started = conversations.startForPhone(phone, flow, Channel.SMS, null);
            List<String> bodies = SmsBodies.of(started.outcome().replies());
            int sent = 0;
            try {
                for (String body : bodies) {
                    twilio.send(phone, body);
                    sent++;
                }
            } catch (NotSentException e) {
                conversations.end(started.id(), "invitation-not-sent");
                HttpStatus status = e.reason() == NotSentException.Reason.OPTED_OUT ? HttpStatus.CONFLICT : HttpStatus.BAD_GATEWAY;
                throw new InvitationRefusedException(status, "The invitation was not sent: " + e.getMessage());
            }
            String flowId = conversations.snapshot(started.id()).flowId();
            Invitation invitation = new Invitation(UUID.randomUUID().toString(), phone, flowId, started.id(), staff, OffsetDateTime.now(clock));
            invitations.save(invitation);
            log.info("Invitation {} sent to {} by {}", invitation.id(), PhoneNumbers.mask(phone), staff);
            return new InvitationController.InvitationResponse(invitation.id(), started.id(), PhoneNumbers.mask(phone), flowId, sent,
                    invitation.createdAt());
        });
    }
}
