package org.whatmatters.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a conversation is in its flow. Stored with the conversation, so it must stay a plain value.
 *
 * @param step the current step (a question, or the end step once finished)
 * @param history answered question steps, newest last, for "back"
 * @param failures answers to the current question that could not be understood
 * @param loopCount answers given so far in the current "anything else?" loop
 * @param returnTo where to go after a correction, or null
 * @param correcting true while the current step is being asked again to change an answer
 */
public record EngineState(
        String step,
        List<Answer> answers,
        List<String> history,
        int failures,
        int loopCount,
        String returnTo,
        boolean correcting,
        boolean finished) {

    public EngineState {
        answers = List.copyOf(answers);
        history = List.copyOf(history);
    }

    public List<Answer> answersFor(String slot) {
        return answers.stream().filter(a -> slot.equals(a.slot())).toList();
    }

    EngineState at(String stepId) {
        return new EngineState(stepId, answers, history, 0, 0, returnTo, false, false);
    }

    EngineState withFailures(int count) {
        return new EngineState(step, answers, history, count, loopCount, returnTo, correcting, finished);
    }

    EngineState withLoopCount(int count) {
        return new EngineState(step, answers, history, 0, count, returnTo, correcting, finished);
    }

    EngineState withReturn(String target, boolean correctingNow) {
        return new EngineState(step, answers, history, failures, loopCount, target, correctingNow, finished);
    }

    EngineState finish() {
        return new EngineState(step, answers, history, 0, 0, null, false, true);
    }

    EngineState record(Answer answer, boolean replaceSlot) {
        List<Answer> updated = new ArrayList<>(answers);
        if (replaceSlot && answer.slot() != null) {
            updated.removeIf(a -> answer.slot().equals(a.slot()));
        }
        updated.add(answer);
        List<String> h = new ArrayList<>(history);
        h.add(answer.step());
        return new EngineState(step, updated, h, 0, loopCount, returnTo, correcting, finished);
    }

    /** Forgets the newest answered step, for "back". */
    EngineState popHistory() {
        List<String> h = new ArrayList<>(history);
        String last = h.remove(h.size() - 1);
        List<Answer> updated = new ArrayList<>(answers);
        for (int i = updated.size() - 1; i >= 0; i--) {
            if (updated.get(i).step().equals(last)) {
                updated.remove(i);
                break;
            }
        }
        return new EngineState(last, updated, h, 0, 0, null, false, false);
    }
}
