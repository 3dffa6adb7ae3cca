package org.whatmatters.channel.sms;

/** GSM-7 or UCS-2, and how many SMS segments a text needs. */
public record SmsSegments(Encoding encoding, int units, int segments) {

    public enum Encoding { GSM7, UCS2 }

    /** GSM 03.38 default alphabet (without the ESC code, which is not a character of its own). */
    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: each costs an escape plus the character, so 2 septets. */
    private static final String GSM_EXTENSION = "\f^{}\\[]~|€";

    static final int GSM7_SINGLE = 160, GSM7_MULTI = 153, UCS2_SINGLE = 70, UCS2_MULTI = 67;

    /**
     * units: GSM-7 septets (basic chars 1, extension chars 2) or UCS-2 code units (UTF-16 length).
     * segments: GSM-7 up to 160 is 1, else ceil(units / 153); UCS-2 up to 70 is 1, else ceil(units / 67).
     * The empty text is 1 segment. Any character outside GSM basic+extension makes the whole text UCS-2.
     */
    public static SmsSegments of(String text) {
        String s = text == null ? "" : text;
        int septets = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new SmsSegments(Encoding.UCS2, s.length(), count(s.length(), UCS2_SINGLE, UCS2_MULTI));
            }
        }
        return new SmsSegments(Encoding.GSM7, septets, count(septets, GSM7_SINGLE, GSM7_MULTI));
    }

    private static int count(int units, int single, int multi) {
        return units <= single ? 1 : (units + multi - 1) / multi;
    }
}
