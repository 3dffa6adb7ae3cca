package org.whatmatters.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import org.whatmatters.flow.Answer;
import org.whatmatters.flow.Channel;
import org.whatmatters.safety.SafetyCategory;
import org.whatmatters.safety.SafetyLevel;

/** Everything other modules (the plan drafter) may read about a conversation. */
public record ConversationSnapshot(
        String id,
        String flowId,
        int flowVersion,
        Channel channel,
        ConversationState state,
        OffsetDateTime createdAt,
        List<Answer> answers,
        List<Transcript.Entry> messages,
        List<Flag> safetyFlags,
        Consent consent,
        boolean urgent,
        boolean needsPerson,
        String phone,
        OtherLanguage language) {

    /** A language other than English the person seems to write in (ISO 639-3), and the message that showed it. */
    public record OtherLanguage(String iso639_3, long messageId) {}


    public record Flag(long messageId, SafetyLevel level, SafetyCategory category, String matchedText) {}

    public record Consent(String version, Boolean given, OffsetDateTime at) {}
}
