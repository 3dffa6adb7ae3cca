package org.whatmatters.channel.voice;

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
import org.whatmatters.channel.twilio.TwilioSignatures;
import org.whatmatters.channel.twilio.TwilioWebhooks;

/** Twilio Programmable Voice webhooks: an incoming call, and each answer (or silence). */
@RestController
@Hidden
class VoiceController {

    static final String ANSWER_PATH = "/twilio/voice/answer";

    private final TwilioWebhooks webhooks;
    private final TwilioSignatures signatures;
    private final VoiceService voice;

    VoiceController(TwilioWebhooks webhooks, TwilioSignatures signatures, VoiceService voice) {
        this.webhooks = webhooks;
        this.signatures = signatures;
        this.voice = voice;
    }

    @PostMapping(path = "/twilio/voice", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> incoming(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form) {
        return handle(request, form, false);
    }

    @PostMapping(path = ANSWER_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> answer(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form) {
        return handle(request, form, true);
    }

    private ResponseEntity<String> handle(HttpServletRequest request, MultiValueMap<String, String> form, boolean answer) {
        Map<String, String> params = TwilioWebhooks.params(form);
        var refusal = webhooks.refuse(request, params);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String callSid = params.get("CallSid");
        if (callSid == null || callSid.isBlank()) {
            return TwilioWebhooks.badRequest("CallSid is missing.");
        }
        var phone = PhoneNumbers.e164(params.get("From"));
        if (phone.isEmpty()) {
            return TwilioWebhooks.badRequest("From is not a phone number.");
        }
        String action = signatures.absolute(request, ANSWER_PATH);
        if (!answer) {
            return TwilioWebhooks.twiml(voice.incoming(callSid, phone.get(), action));
        }
        Double confidence = null;
        try {
            confidence = params.containsKey("Confidence") && !params.get("Confidence").isBlank() ? Double.valueOf(params.get("Confidence")) : null;
        } catch (NumberFormatException e) {
            return TwilioWebhooks.badRequest("Confidence is not a number.");
        }
        return TwilioWebhooks.twiml(voice.answer(callSid, phone.get(), params.get("SpeechResult"), confidence, params.get("Digits"), action));
    }
}
