package org.whatmatters.channel.sms;

import java.util.ArrayList;
import java.util.List;
import org.whatmatters.flow.Expect;
import org.whatmatters.flow.Prompt;
import org.whatmatters.flow.Reply;

/** The replies of one turn as SMS bodies: reply hints added, packed, and split to at most two segments each. */
public final class SmsBodies {

    private SmsBodies() {}

    public static List<String> of(List<Reply> replies) {
        List<Outgoing> outgoing = new ArrayList<>();
        for (Reply r : replies) {
            Prompt p = r.prompt();
            outgoing.add(new Outgoing(r.text(), r.options(), p == null ? AnswerKind.NONE : kind(p.expect()),
                    p == null ? 0 : p.min(), p == null ? 0 : p.max(), p != null && p.optional()));
        }
        return SmsComposer.compose(outgoing);
    }

    private static AnswerKind kind(Expect expect) {
        switch (expect) {
            case YES_NO:
                return AnswerKind.YES_NO;
            case CHOICE:
            case PICK_ANSWER:
                return AnswerKind.CHOICE;
            case SCALE:
                return AnswerKind.SCALE;
            case TEXT:
                return AnswerKind.TEXT;
            default:
                return AnswerKind.NONE;
        }
    }
}
