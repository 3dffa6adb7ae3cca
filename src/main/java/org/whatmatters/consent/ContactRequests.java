package org.whatmatters.consent;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises Twilio's opt-out, opt-in and help keywords (one word, any case) and plain-language
 * requests not to be contacted, which Twilio itself does not catch ("please stop texting me").
 */
public final class ContactRequests {

    private static final Set<String> OPT_OUT_WORDS = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
            "opt out", "opt-out");
    private static final Set<String> OPT_IN_WORDS = Set.of("start", "unstop");
    private static final Set<String> HELP_WORDS = Set.of("help", "info");
    private static final String CONTACT = "(text|txt|message|msg|sms|contact|call|ring|phone|email|bother|pester)(ing|s)?";
    private static final Pattern PLAIN_OPT_OUT = Pattern.compile(String.join("|",
            "\\b(stop|quit|cease|pack in)\\s+(all\\s+)?(the\\s+)?(" + CONTACT + ")\\b",
            "\\b(don'?t|do not|dont|never|pls don'?t|please don'?t)\\s+(ever\\s+)?(" + CONTACT + ")\\s+(me|this number|here)\\b",
            "\\bno more\\s+(texts?|messages?|msgs?|calls?|sms)\\b",
            "\\b(unsubscribe|opt me out|take me off|remove me from|remove my number|delete my number)\\b",
            "\\b(stop|no)\\s+(sending|send)\\s+(me\\s+)?(texts?|messages?|these|this)\\b",
            "\\bi (want|would like|wish) to (opt out|unsubscribe)\\b"), Pattern.CASE_INSENSITIVE);

    private ContactRequests() {}

    public static ContactRequest classify(String text) {
        if (text == null) {
            return ContactRequest.NONE;
        }
        String word = text.strip().replaceAll("[\\p{Punct}&&[^-]]+$", "").replaceAll("^[\\p{Punct}]+", "").toLowerCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return ContactRequest.OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(word)) {
            return ContactRequest.OPT_IN;
        }
        if (HELP_WORDS.contains(word)) {
            return ContactRequest.HELP;
        }
        String normalised = text.replace('\u2019', '\'');
        return PLAIN_OPT_OUT.matcher(normalised).find() ? ContactRequest.OPT_OUT : ContactRequest.NONE;
    }

    /** True for the single keywords Twilio handles itself, where Twilio sends its own confirmation. */
    public static boolean isCarrierKeyword(String text) {
        String word = text == null ? "" : text.strip().replaceAll("[\\p{Punct}&&[^-]]+$", "").toLowerCase(Locale.ROOT);
        return OPT_OUT_WORDS.contains(word) || OPT_IN_WORDS.contains(word);
    }
}
