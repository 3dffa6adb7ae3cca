package org.whatmatters.channel.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks X-Twilio-Signature on webhooks, against the public URL Twilio called. */
@Component
public class TwilioSignatures {

    private final TwilioSettings settings;
    private final RequestValidator validator;

    TwilioSignatures(TwilioSettings settings) {
        this.settings = settings;
        this.validator = settings.webhooksEnabled() ? new RequestValidator(settings.authToken()) : null;
    }

    public boolean valid(HttpServletRequest request, Map<String, String> params) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (validator == null || signature == null || signature.isBlank()) {
            return false;
        }
        return validator.validate(publicUrl(request), params, signature);
    }

    /** The URL as Twilio saw it: PUBLIC_BASE_URL plus the path when set, otherwise the URL as received. */
    public String publicUrl(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        if (TwilioSettings.present(settings.publicBaseUrl())) {
            return settings.publicBaseUrl().replaceAll("/+$", "") + request.getRequestURI() + query;
        }
        return request.getRequestURL() + query;
    }

    /** An absolute URL for a path of this service, for TwiML actions. */
    public String absolute(HttpServletRequest request, String path) {
        if (TwilioSettings.present(settings.publicBaseUrl())) {
            return settings.publicBaseUrl().replaceAll("/+$", "") + path;
        }
        String here = request.getRequestURL().toString();
        return here.substring(0, here.indexOf('/', here.indexOf("//") + 2)) + path;
    }
}
