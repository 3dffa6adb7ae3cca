package org.whatmatters.export;

/**
 * Minimal escaping for building strict XHTML by hand.
 *
 * <p>Everything that comes from a person (or from any other module) must go through
 * {@link #text(String)} before it is put into the document, so that text such as
 * {@code <script>} or {@code &} is shown literally and can never become markup.
 */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes text for use in XML element content or in a double- or single-quoted attribute.
     * Characters that are not allowed in XML 1.0 at all (most C0 controls, lone surrogates,
     * U+FFFE/U+FFFF) are dropped, because they would make the whole document unparseable.
     * {@code null} becomes the empty string.
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            switch (cp) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    }
                    break;
            }
            i += len;
        }
        return out.toString();
    }

    /**
     * Escapes text like {@link #text(String)} and turns line breaks into {@code <br/>},
     * so that multi-line text typed by a person keeps its lines.
     */
    static String multiline(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String normalised = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder(normalised.length() + 16);
        String[] lines = normalised.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(text(lines[i].strip()));
        }
        return out.toString();
    }

    /** XML 1.0 Char production. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
