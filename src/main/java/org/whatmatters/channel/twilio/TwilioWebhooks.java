package org.whatmatters.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** The checks every Twilio webhook makes before anything is stored. */
@Component
public class TwilioWebhooks {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);
    public static final MediaType XML = MediaType.APPLICATION_XML;

    private final TwilioSettings settings;
    private final TwilioSignatures signatures;

    TwilioWebhooks(TwilioSettings settings, TwilioSignatures signatures) {
        this.settings = settings;
        this.signatures = signatures;
    }

    /** The form as Twilio signed it (one value per name). */
    public static Map<String, String> params(MultiValueMap<String, String> form) {
        Map<String, String> params = new LinkedHashMap<>();
        form.forEach((k, v) -> params.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        return params;
    }

    /** Empty when the request may go on; otherwise the refusal to send back (off, unsigned or forged). */
    public java.util.Optional<ResponseEntity<String>> refuse(HttpServletRequest request, Map<String, String> params) {
        if (!settings.webhooksEnabled()) {
            return java.util.Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                    .body("SMS and phone are not set up on this service (TWILIO_AUTH_TOKEN is not set)."));
        }
        if (!signatures.valid(request, params)) {
            log.warn("Refused a Twilio webhook to {} with a missing or wrong signature", request.getRequestURI());
            return java.util.Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                    .body("Invalid Twilio signature."));
        }
        return java.util.Optional.empty();
    }

    public static ResponseEntity<String> badRequest(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(why);
    }

    public static ResponseEntity<String> twiml(String xml) {
        return ResponseEntity.ok().contentType(XML).body(xml);
    }
}
