package org.whatmatters.channel.twilio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Twilio settings; secrets come from the environment (see .env.example).
 *
 * @param authToken checks webhook signatures and authenticates REST calls; without it the Twilio endpoints are off
 * @param apiBaseUrl Twilio's REST API address; empty means Twilio's own (tests point it at a stand-in)
 * @param publicBaseUrl the address Twilio calls, used to check signatures behind a proxy
 * @param replyBudget how long an SMS webhook waits for its reply before answering empty and sending the reply later
 * @param sendAttempts how many times a REST send is tried when Twilio is busy (429) or failing (5xx)
 * @param retryBackoff the wait before the first retry; it doubles each time
 * @param minSpeechConfidence below this, a spoken yes/no or number is confirmed before it is used
 * @param safetyTransferNumber a number callers at risk are offered a transfer to; empty for none
 * @param voice the Twilio text-to-speech voice
 */
@ConfigurationProperties("whatmatters.twilio")
public record TwilioSettings(
        String accountSid,
        String authToken,
        String fromNumber,
        String messagingServiceSid,
        String apiBaseUrl,
        String publicBaseUrl,
        @DefaultValue("PT5S") Duration replyBudget,
        @DefaultValue("3") int sendAttempts,
        @DefaultValue("PT1S") Duration retryBackoff,
        @DefaultValue("0.5") double minSpeechConfidence,
        String safetyTransferNumber,
        @DefaultValue("Polly.Amy-Neural") String voice,
        @DefaultValue("en-GB") String language) {

    /** The webhooks are on only when signatures can be checked. */
    public boolean webhooksEnabled() {
        return present(authToken);
    }

    /** Messages can be sent when there is an account, a token and a sender. */
    public boolean canSend() {
        return present(accountSid) && present(authToken) && (present(fromNumber) || present(messagingServiceSid));
    }

    public boolean transferEnabled() {
        return present(safetyTransferNumber);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
