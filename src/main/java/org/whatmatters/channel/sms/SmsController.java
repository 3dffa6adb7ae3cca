package org.whatmatters.channel.sms;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whatmatters.channel.twilio.PhoneNumbers;
import org.whatmatters.channel.twilio.TwilioWebhooks;

/** Twilio's inbound message webhook. */
@RestController
@Hidden
class SmsController {

    private final TwilioWebhooks webhooks;
    private final SmsService sms;

    SmsController(TwilioWebhooks webhooks, SmsService sms) {
        this.webhooks = webhooks;
        this.sms = sms;
    }

    @PostMapping(path = "/twilio/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form) {
        Map<String, String> params = TwilioWebhooks.params(form);
        var refusal = webhooks.refuse(request, params);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String sid = params.get("MessageSid");
        if (sid == null || sid.isBlank()) {
            return TwilioWebhooks.badRequest("MessageSid is missing.");
        }
        var phone = PhoneNumbers.e164(params.get("From"));
        if (phone.isEmpty()) {
            return TwilioWebhooks.badRequest("From is not a phone number.");
        }
        return TwilioWebhooks.twiml(sms.receive(sid, phone.get(), params.getOrDefault("Body", "")));
    }
}
