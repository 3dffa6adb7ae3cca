package org.whatmatters.flow;

import java.util.List;
import java.util.Map;

/**
 * One step of a flow, as written by a flow owner. See {@code conversation-flows/README.md}.
 *
 * @param next the step that follows, already resolved (the next one in the file when not written)
 * @param branch answer value (yes, no, skipped, an option, or a range such as 0-4) to step id
 * @param end COMPLETED or ENDED when the conversation finishes at this step, else null
 */
public record Step(
        String id,
        int line,
        Wording say,
        Wording ask,
        Expect expect,
        List<String> options,
        int min,
        int max,
        boolean optional,
        String slot,
        String label,
        PlanField plan,
        Wording reprompt,
        Wording explain,
        Wording help,
        String next,
        Map<String, String> branch,
        Loop loop,
        String giveUp,
        String end,
        String consentVersion,
        boolean summary) {

    public Step {
        options = List.copyOf(options);
        branch = Map.copyOf(branch);
    }

    public boolean isQuestion() {
        return expect != Expect.NONE;
    }

    public boolean isEnd() {
        return end != null;
    }
}
