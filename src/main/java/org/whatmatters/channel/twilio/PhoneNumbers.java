package org.whatmatters.channel.twilio;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers in E.164 form (+447700900123), and masking them for logs. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private PhoneNumbers() {}

    /** The number in E.164 form, tolerating spaces, dashes and brackets; empty if it is not a valid number. */
    public static Optional<String> e164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = raw.strip().replaceAll("[\\s()\\-.]", "");
        return E164.matcher(cleaned).matches() ? Optional.of(cleaned) : Optional.empty();
    }

    /** "+447700900123" becomes "+44*******123": enough to tell numbers apart in a log, not to call one. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 3);
    }
}
