package org.whatmatters.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.whatmatters.nlp.AnswerParser;
import org.whatmatters.nlp.Command;
import org.whatmatters.nlp.Names;

/**
 * Runs flows. Pure: the same flow, state and input always give the same turn. It never loops forever:
 * after three answers it cannot understand it moves on (optional steps) or brings in a person.
 */
public final class FlowEngine {

    static final int GIVE_UP_AFTER = 3;
    /** The quick reply that ends an "anything else?" loop. */
    static final String NO_MORE = "No, nothing else";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)(?:\\|([^}]*))?}");
    private static final Pattern NOTHING_MORE = Pattern.compile(
            "(?i)^\\W*(no+|nope|nah|nothing( else)?( really)?|none|not really|that'?s (it|all|everything)|"
                    + "no,? that'?s (it|all|everything)|no,? nothing( else)?( thanks?)?|no thanks?( you)?|i think that'?s (it|all)|all done|done|no more)\\W*$");

    /** Starts a flow at its first step. */
    public Turn start(Flow flow, Channel channel) {
        Output out = new Output();
        EngineState state = enter(flow, new EngineState(flow.first().id(), List.of(), List.of(), 0, 0, null, false, false), flow.first(), channel, out);
        return out.turn(state);
    }

    /** Says the current question again, for example when a person comes back after a long gap. */
    public List<Reply> currentQuestion(Flow flow, EngineState state, Channel channel) {
        Output out = new Output();
        ask(flow, state, flow.step(state.step()), channel, out);
        return out.replies;
    }

    /** Handles one message from the person. */
    public Turn handle(Flow flow, EngineState state, String text, long messageId, Channel channel) {
        if (state.finished()) {
            throw new IllegalStateException("The conversation has already finished");
        }
        Step step = flow.step(state.step());
        Output out = new Output();
        Optional<Command> command = AnswerParser.command(text);
        if (command.isPresent()) {
            return out.turn(command(flow, state, step, command.get(), messageId, channel, out));
        }
        return out.turn(answer(flow, state, step, text, messageId, channel, out));
    }

    /**
     * Handles a message that raised a safety concern: it is kept as an answer only where the question asks
     * about the person's life in their own words; anywhere else (a name, a yes/no) the question is asked again.
     */
    public Turn handleAfterSafetyConcern(Flow flow, EngineState state, String text, long messageId, Channel channel) {
        Step step = flow.step(state.step());
        if (step.expect() == Expect.TEXT && (step.plan() == null || step.plan().describesLife())) {
            Output out = new Output();
            return out.turn(acceptText(flow, state, step, text, messageId, channel, out, true));
        }
        Output out = new Output();
        out.say("When you feel ready, we can carry on.");
        ask(flow, state, step, channel, out);
        return out.turn(state);
    }

    private EngineState command(Flow flow, EngineState state, Step step, Command command, long messageId, Channel channel, Output out) {
        switch (command) {
            case HELP -> {
                Wording help = step.help() != null ? step.help() : flow.help();
                out.say(help != null ? render(help.forChannel(channel), flow, state)
                        : "I'm here to ask about what matters to you. Answer in your own words. You can say 'back' to change your last answer, 'repeat' to hear the question again, or ask to talk to a person.");
                ask(flow, state, step, channel, out);
                return state;
            }
            case REPEAT -> {
                ask(flow, state, step, channel, out);
                return state;
            }
            case BACK -> {
                if (state.history().isEmpty()) {
                    out.say("This is the first question, so there is nothing to go back to.");
                    ask(flow, state, step, channel, out);
                    return state;
                }
                EngineState back = state.popHistory();
                Step previous = flow.step(back.step());
                if (previous.loop() != null) {
                    back = back.withLoopCount(back.answersFor(previous.slot()).size());
                }
                out.say("OK, let's go back. You can give a new answer.");
                ask(flow, back, previous, channel, out);
                return back;
            }
            case SKIP -> {
                if (!step.optional()) {
                    out.say("This question is important, so I can't skip it. You can say 'help', or ask to talk to a person.");
                    ask(flow, state, step, channel, out);
                    return state;
                }
                if (step.loop() != null && state.loopCount() > 0) {
                    return advance(flow, state, step, null, channel, out);
                }
                out.say("That's fine, let's move on.");
                return advance(flow, state.record(Answer.skipped(step, messageId), state.correcting()), step, "skipped", channel, out);
            }
            case STOP -> {
                out.event(new FlowEvent.Ended("stopped"));
                out.say("OK, we'll stop here. Thank you for talking with me. If you need help urgently, call 999, or NHS 111 and choose option 2.");
                return state.finish();
            }
            case PERSON -> {
                out.event(new FlowEvent.PersonRequested("asked for a person"));
                out.say("Thank you. I've asked a link worker to contact you. You can carry on here while you wait, or say 'stop' to finish for now.");
                ask(flow, state, step, channel, out);
                return state;
            }
        }
        throw new IllegalStateException("Unknown command " + command);
    }

    private EngineState answer(Flow flow, EngineState state, Step step, String text, long messageId, Channel channel, Output out) {
        String trimmed = text.strip();
        return switch (step.expect()) {
            case TEXT -> acceptText(flow, state, step, trimmed, messageId, channel, out, false);
            case YES_NO -> AnswerParser.yesNo(trimmed)
                    .map(yes -> accept(flow, state, step, trimmed, yes ? "yes" : "no", messageId, channel, out))
                    .orElseGet(() -> notUnderstood(flow, state, step, messageId, channel, out));
            case CHOICE -> accepted(AnswerParser.choice(trimmed, step.options()), i -> step.options().get(i))
                    .map(value -> accept(flow, state, step, trimmed, value, messageId, channel, out))
                    .orElseGet(() -> notUnderstood(flow, state, step, messageId, channel, out));
            case SCALE -> accepted(AnswerParser.number(trimmed, step.min(), step.max()), String::valueOf)
                    .map(value -> accept(flow, state, step, trimmed, value, messageId, channel, out))
                    .orElseGet(() -> notUnderstood(flow, state, step, messageId, channel, out));
            case PICK_ANSWER -> pickAnswer(flow, state, step, trimmed, messageId, channel, out);
            case NONE -> throw new IllegalStateException("Step " + step.id() + " asks nothing");
        };
    }

    private static Optional<String> accepted(OptionalInt parsed, java.util.function.IntFunction<String> value) {
        return parsed.isPresent() ? Optional.of(value.apply(parsed.getAsInt())) : Optional.empty();
    }

    private EngineState acceptText(Flow flow, EngineState state, Step step, String text, long messageId, Channel channel, Output out, boolean safetyConcern) {
        if (step.loop() != null && !state.correcting() && !safetyConcern) {
            if (NOTHING_MORE.matcher(text).matches() || AnswerParser.yesNo(text).filter(yes -> !yes).isPresent()) {
                return advance(flow, state, step, null, channel, out);
            }
            if (AnswerParser.yesNo(text).orElse(false)) {
                out.say(render(step.loop().more().forChannel(channel), flow, state));
                return state;
            }
        }
        String value = step.plan() == PlanField.PREFERRED_NAME ? Names.preferredName(text) : text;
        return accept(flow, state, step, text, value, messageId, channel, out);
    }

    private EngineState accept(Flow flow, EngineState state, Step step, String text, String value, long messageId, Channel channel, Output out) {
        if (step.plan() == PlanField.CONSENT) {
            out.event(new FlowEvent.ConsentRecorded(step.consentVersion(), "yes".equals(value)));
        }
        EngineState answered = step.slot() == null ? state.withFailures(0)
                : state.record(new Answer(step.slot(), step.id(), text, value, List.of(messageId), false), state.correcting());
        if (step.loop() != null && !state.correcting()) {
            int count = state.loopCount() + 1;
            if (count < step.loop().max()) {
                out.say(render(step.loop().again().forChannel(channel), flow, answered));
                out.question(step, List.of(NO_MORE));
                return answered.withLoopCount(count);
            }
        }
        return advance(flow, answered, step, branchKey(step, value), channel, out);
    }

    private EngineState pickAnswer(Flow flow, EngineState state, Step step, String text, long messageId, Channel channel, Output out) {
        List<Step> changeable = changeable(flow, state);
        OptionalInt picked = AnswerParser.choice(text, changeable.stream().map(Step::label).toList());
        if (picked.isEmpty()) {
            return notUnderstood(flow, state, step, messageId, channel, out);
        }
        Step target = changeable.get(picked.getAsInt());
        out.say("OK, let's change that.");
        EngineState correcting = state.at(target.id()).withReturn(step.next(), true);
        ask(flow, correcting, target, channel, out);
        return correcting;
    }

    private static List<Step> changeable(Flow flow, EngineState state) {
        return flow.steps().stream()
                .filter(s -> s.label() != null && s.slot() != null && !state.answersFor(s.slot()).isEmpty())
                .toList();
    }

    private EngineState notUnderstood(Flow flow, EngineState state, Step step, long messageId, Channel channel, Output out) {
        int failures = state.failures() + 1;
        if (failures >= GIVE_UP_AFTER) {
            if (step.optional()) {
                out.say("That's OK, let's leave that one and move on.");
                return advance(flow, state.record(Answer.skipped(step, messageId), state.correcting()), step, "skipped", channel, out);
            }
            out.event(new FlowEvent.PersonRequested("could not answer step '" + step.id() + "'"));
            if (step.giveUp() != null) {
                return goTo(flow, state, flow.step(step.giveUp()), channel, out);
            }
            out.say("I'm sorry, I'm not getting this right. I've asked a link worker to help with this question. Let's move on.");
            return advance(flow, state, step, null, channel, out);
        }
        EngineState failed = state.withFailures(failures);
        if (failures == 1) {
            out.say(step.reprompt() != null ? render(step.reprompt().forChannel(channel), flow, state) : defaultReprompt(step));
        } else {
            out.say(step.explain() != null ? render(step.explain().forChannel(channel), flow, state) : defaultExplain(step));
        }
        ask(flow, failed, step, channel, out);
        return failed;
    }

    private static String defaultReprompt(Step step) {
        return switch (step.expect()) {
            case YES_NO -> "Sorry, I didn't understand. Please answer yes or no.";
            case CHOICE -> "Sorry, I didn't understand. Please choose one of the options, or reply with its number.";
            case SCALE -> "Sorry, I didn't understand. Please give a number from " + step.min() + " to " + step.max() + ".";
            case PICK_ANSWER -> "Sorry, I didn't understand. Please choose the answer you want to change.";
            default -> "Sorry, I didn't understand.";
        };
    }

    private static String defaultExplain(Step step) {
        return switch (step.expect()) {
            case YES_NO -> "Let me put it another way. If you agree, say yes. If you don't, say no.";
            case CHOICE -> "Let me put it another way. Here are the choices. Reply with the number or the words of the one you want.";
            case SCALE -> "Let me put it another way. Pick one number. " + step.min() + " means not at all. " + step.max() + " means completely."
                    + (step.optional() ? " You can also say skip." : "");
            case PICK_ANSWER -> "Let me put it another way. Reply with the number of the answer you want to change.";
            default -> "Let me put it another way.";
        };
    }

    private static String branchKey(Step step, String value) {
        if (value == null) {
            return null;
        }
        if (step.expect() == Expect.SCALE) {
            int n = Integer.parseInt(value);
            return step.branch().keySet().stream().filter(k -> inRange(k, n)).findFirst().orElse(null);
        }
        return value;
    }

    private static boolean inRange(String range, int n) {
        String[] parts = range.split("-");
        return parts.length == 2 && n >= Integer.parseInt(parts[0]) && n <= Integer.parseInt(parts[1]);
    }

    private EngineState advance(Flow flow, EngineState state, Step step, String branchKey, Channel channel, Output out) {
        if (state.returnTo() != null && state.correcting()) {
            Step back = flow.step(state.returnTo());
            return enter(flow, state.at(back.id()).withReturn(null, false), back, channel, out);
        }
        String target = branchKey != null && step.branch().containsKey(branchKey) ? step.branch().get(branchKey) : step.next();
        return goTo(flow, state, flow.step(target), channel, out);
    }

    private EngineState goTo(Flow flow, EngineState state, Step target, Channel channel, Output out) {
        return enter(flow, state.at(target.id()), target, channel, out);
    }

    /** Arrives at a step: says it, and keeps going through steps that ask nothing. */
    private EngineState enter(Flow flow, EngineState state, Step step, Channel channel, Output out) {
        EngineState current = state;
        Step s = step;
        while (true) {
            if (s.isEnd()) {
                if (s.say() != null) {
                    out.say(render(s.say().forChannel(channel), flow, current));
                }
                out.event("COMPLETED".equals(s.end()) ? new FlowEvent.Completed(s.id()) : new FlowEvent.Ended(s.id()));
                return current.at(s.id()).finish();
            }
            if (!s.isQuestion()) {
                out.say(render(s.say().forChannel(channel), flow, current));
                s = flow.step(s.next());
                current = current.at(s.id());
                continue;
            }
            if (s.say() != null) {
                out.say(render(s.say().forChannel(channel), flow, current));
            }
            ask(flow, current, s, channel, out);
            return current;
        }
    }

    private void ask(Flow flow, EngineState state, Step step, Channel channel, Output out) {
        String text = state.loopCount() > 0 && step.loop() != null ? step.loop().again().forChannel(channel) : step.ask().forChannel(channel);
        List<String> options = new ArrayList<>(switch (step.expect()) {
            case YES_NO -> List.of("Yes", "No");
            case CHOICE -> step.options();
            case SCALE -> IntStream.rangeClosed(step.min(), step.max()).mapToObj(String::valueOf).toList();
            case PICK_ANSWER -> changeable(flow, state).stream().map(Step::label).toList();
            default -> List.<String>of();
        });
        if (step.loop() != null) {
            options.add(NO_MORE);
        } else if (step.optional()) {
            options.add("Skip");
        }
        out.say(render(text, flow, state));
        out.question(step, options);
    }

    /** Fills {slot}, {slot|fallback} and {summary} in a text. */
    String render(String text, Flow flow, EngineState state) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("summary")) {
                value = summary(flow, state);
            } else {
                value = state.answersFor(name).stream().filter(a -> !a.skipped()).map(Answer::value).findFirst()
                        .orElse(m.group(2) != null ? m.group(2) : "");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll(" +([,.!?])", "$1").replaceAll(" {2,}", " ").strip();
    }

    /** A short read-back of the labelled answers, one line each, in flow order. */
    static String summary(Flow flow, EngineState state) {
        List<String> lines = new ArrayList<>();
        for (Step s : flow.steps()) {
            if (s.label() == null || s.slot() == null) {
                continue;
            }
            List<Answer> answers = state.answersFor(s.slot());
            if (answers.isEmpty()) {
                continue;
            }
            String joined = answers.stream().map(a -> a.skipped() ? "(skipped)" : a.value())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            lines.add("- " + s.label() + ": " + joined);
        }
        return String.join("\n", lines);
    }

    /** Collects what a turn says and does. */
    private static final class Output {
        private final List<Reply> replies = new ArrayList<>();
        private final List<FlowEvent> events = new ArrayList<>();

        void say(String text) {
            replies.add(Reply.of(text));
        }

        /** Marks the last reply as the question of {@code step}. */
        void question(Step step, List<String> options) {
            Reply last = replies.remove(replies.size() - 1);
            replies.add(new Reply(last.text(), options, Prompt.of(step)));
        }

        void event(FlowEvent event) {
            events.add(event);
        }

        Turn turn(EngineState state) {
            return new Turn(state, replies, events);
        }
    }
}
