package org.whatmatters.channel.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.whatmatters.consent.OptOuts;
import org.whatmatters.flow.Channel;

/**
 * Sends SMS through Twilio's REST API. Never sends to an opted-out number; retries with backoff when
 * Twilio is busy (429) or failing (5xx); records an opt-out when Twilio reports one (error 21610).
 */
@Component
public class TwilioMessages {

    static final int OPTED_OUT_ERROR = 21610;
    private static final Logger log = LoggerFactory.getLogger(TwilioMessages.class);

    private final TwilioSettings settings;
    private final OptOuts optOuts;
    private final TwilioRestClient client;

    TwilioMessages(TwilioSettings settings, OptOuts optOuts) {
        this.settings = settings;
        this.optOuts = optOuts;
        this.client = settings.canSend()
                ? new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                        .httpClient(new RedirectingHttpClient(settings.apiBaseUrl())).build()
                : null;
    }

    public boolean canSend() {
        return client != null;
    }

    /** Sends one SMS and returns Twilio's message SID. */
    public String send(String to, String body) {
        if (client == null) {
            throw new NotSentException(NotSentException.Reason.NOT_CONFIGURED,
                    "SMS is not set up: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID.");
        }
        String number = PhoneNumbers.e164(to).orElseThrow(() -> new NotSentException(NotSentException.Reason.INVALID_NUMBER,
                "This is not a valid phone number in international form, such as +447700900123."));
        if (optOuts.isOptedOut(number)) {
            throw new NotSentException(NotSentException.Reason.OPTED_OUT, "This number has asked not to be contacted.");
        }
        long wait = settings.retryBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                Message sent = creator(number, body).create(client);
                log.info("SMS sent to {} ({} characters, sid {})", PhoneNumbers.mask(number), body.length(), sent.getSid());
                return sent.getSid();
            } catch (ApiException e) {
                if (e.getCode() != null && e.getCode() == OPTED_OUT_ERROR) {
                    optOuts.optOut(number, Channel.SMS);
                    log.info("Twilio reports {} has opted out; recorded", PhoneNumbers.mask(number));
                    throw new NotSentException(NotSentException.Reason.OPTED_OUT, "This number has asked not to be contacted.");
                }
                Integer status = e.getStatusCode();
                boolean retryable = status == null || status == 429 || status >= 500;
                if (!retryable || attempt >= settings.sendAttempts()) {
                    log.warn("SMS to {} failed after {} attempt(s): Twilio status {} code {}", PhoneNumbers.mask(number), attempt, status, e.getCode());
                    throw new NotSentException(NotSentException.Reason.FAILED, "Twilio did not accept the message (status " + status + ").");
                }
            } catch (TwilioException e) {
                if (attempt >= settings.sendAttempts()) {
                    log.warn("SMS to {} failed after {} attempt(s): {}", PhoneNumbers.mask(number), attempt, e.getClass().getSimpleName());
                    throw new NotSentException(NotSentException.Reason.FAILED, "Twilio could not be reached.");
                }
            }
            sleep(wait);
            wait *= 2;
        }
    }

    private MessageCreator creator(String to, String body) {
        return TwilioSettings.present(settings.fromNumber())
                ? Message.creator(new PhoneNumber(to), new PhoneNumber(settings.fromNumber()), body)
                : Message.creator(new PhoneNumber(to), settings.messagingServiceSid(), body);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSentException(NotSentException.Reason.FAILED, "Interrupted while waiting to retry.");
        }
    }
}
