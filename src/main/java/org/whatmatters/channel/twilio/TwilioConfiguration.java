package org.whatmatters.channel.twilio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioSettings.class)
class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    private final TwilioSettings settings;

    TwilioConfiguration(TwilioSettings settings) {
        this.settings = settings;
    }

    /** Says plainly at start-up whether SMS and phone are on. */
    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!settings.webhooksEnabled()) {
            log.warn("SMS and phone are OFF: TWILIO_AUTH_TOKEN is not set, so /twilio/sms and /twilio/voice answer 503 and store nothing.");
        } else if (!settings.canSend()) {
            log.warn("SMS and phone webhooks are ON, but sending is OFF: set TWILIO_ACCOUNT_SID and TWILIO_FROM_NUMBER"
                    + " (or TWILIO_MESSAGING_SERVICE_SID) for invitations and late replies.");
        } else {
            log.info("SMS and phone are ON (public URL: {})",
                    TwilioSettings.present(settings.publicBaseUrl()) ? settings.publicBaseUrl() : "as received");
        }
    }
}
