package org.whatmatters.channel.voice;

import java.util.ArrayList;
import java.util.List;
import org.whatmatters.flow.Expect;
import org.whatmatters.flow.Prompt;

/** Fixed phone wording, and the spoken hints that tell a caller how to answer. Short sentences, for the ear. */
final class VoiceTexts {

    static final String SILENCE_ONCE = "Sorry, I didn't hear anything. Let me ask again.";
    static final String OFFER_TEXT = "I still can't hear you. Would you like me to send the questions by text message instead? Say yes or press 1. Say no or press 2.";
    static final String TEXT_SENT = "OK. I've sent you a text. Just reply to it to carry on. Thank you for calling. Goodbye.";
    static final String TEXT_NOT_POSSIBLE = "Sorry, I can't send a text right now. You can call back at any time. Goodbye.";
    static final String GOODBYE = "Thank you for calling. You can call back at any time, and we'll carry on where we stopped. Goodbye.";
    static final String CONFIRM_NO = "Sorry about that. Let's try again.";
    static final String OFFER_TRANSFER = "Would you like me to put you through to someone you can talk to now? Say yes or press 1. Say no or press 2.";
    static final String TRANSFERRING = "Putting you through now. Please stay on the line.";
    static final String NO_TRANSFER = "OK. We can carry on, or you can hang up and call for help at any time.";
    static final String OPTED_OUT_CALLER = "You asked us not to contact you, so I won't start a chat. To start again, text START to this number."
            + " If you need help now, hang up and call 999, or NHS 111 and choose option 2. Goodbye.";
    static final String OPTED_OUT_NOW = "OK. We won't call or text you again. If you need help now, call 999, or NHS 111 and choose option 2. Goodbye.";
    static final String KEYS = "You can also press star to hear a question again, star then 1 for help, or star then 2 to go back.";

    private VoiceTexts() {}

    static String confirm(String heard) {
        return "I heard " + heard + ". Is that right? Say yes or press 1. Say no or press 2.";
    }

    /** How to answer this question, unless the question already says so. */
    static String hint(String question, Prompt prompt, List<String> options) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("press ") || lower.contains("key it in")) {
            return "";
        }
        Expect expect = prompt.expect();
        List<String> choices = new ArrayList<>(options);
        choices.removeIf(o -> o.equalsIgnoreCase("Skip"));
        String hint;
        if (expect == Expect.YES_NO) {
            hint = "Say yes or press 1. Say no or press 2.";
        } else if (expect == Expect.SCALE) {
            hint = "Say a number from " + prompt.min() + " to " + prompt.max() + ", or key it in.";
        } else if (expect == Expect.CHOICE || expect == Expect.PICK_ANSWER) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < choices.size(); i++) {
                sb.append(i == 0 ? "Press " : i == choices.size() - 1 ? ", or " : ", ").append(i + 1).append(" for ")
                        .append(choices.get(i).toLowerCase(java.util.Locale.ROOT));
            }
            hint = sb.append(". Or just say it.").toString();
        } else if (!choices.isEmpty() && choices.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("no")) {
            return "If that's all, say no or press 2.";
        } else if (prompt.optional()) {
            return "If you'd rather not say, say skip or press star 3.";
        } else {
            return "Take your time. Press star to hear the question again.";
        }
        if (prompt.optional()) {
            hint = hint + " Or say skip, or press star 3.";
        }
        return hint;
    }
}
