package org.whatmatters.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowEngineTests {

    private static final Flow LOOPY = FlowParser.parse("loopy.yaml", """
            id: loopy
            version: 1
            steps:
              - id: name
                ask: Your name?
                slot: name
                plan: preferred-name
                label: Name
              - id: likes
                ask: What do you like?
                slot: likes
                label: Likes
                optional: true
                loop:
                  max: 2
                  again: Anything else you like?
              - id: mood
                ask: Mood from 0 to 10?
                expect: scale
                slot: mood
                optional: true
                branch:
                  0-3: low
              - id: pick
                ask: Tea or coffee?
                expect: choice
                options: [Tea, Coffee]
                slot: drink
                label: Drink
              - id: check
                say: "You said:\\n{summary}"
                ask: Right?
                expect: yes-no
                branch:
                  "no": fix
                next: done
              - id: fix
                ask: Which one?
                expect: pick-answer
                next: check
              - id: done
                say: Bye {name}.
                end: completed
              - id: low
                say: Sorry to hear that, {name|friend}.
                end: completed
            """);

    private final FlowEngine engine = new FlowEngine();
    private long messageId = 100;

    private Turn say(Turn turn, String text) {
        return engine.handle(LOOPY, turn.state(), text, ++messageId, Channel.WEB);
    }

    private static String text(Turn turn) {
        return String.join("\n", turn.replies().stream().map(Reply::text).toList());
    }

    @Test
    void aLoopAsksAgainUntilTheMaximumThenMovesOn() {
        Turn t = say(engine.start(LOOPY, Channel.WEB), "Ann");
        t = say(t, "cats");
        assertThat(text(t)).isEqualTo("Anything else you like?");
        t = say(t, "dogs");
        assertThat(text(t)).isEqualTo("Mood from 0 to 10?");
        assertThat(t.state().answersFor("likes")).extracting(Answer::text).containsExactly("cats", "dogs");
        assertThat(t.state().answersFor("likes")).extracting(Answer::evidence).containsExactly(List.of(102L), List.of(103L));
    }

    @Test
    void sayingNoEndsALoopWithoutRecordingAnAnswer() {
        Turn t = say(say(engine.start(LOOPY, Channel.WEB), "Ann"), "cats");
        t = say(t, "no that's it");
        assertThat(text(t)).isEqualTo("Mood from 0 to 10?");
        assertThat(t.state().answersFor("likes")).hasSize(1);
    }

    @Test
    void backInsideALoopForgetsOnlyTheLastAnswer() {
        Turn t = say(say(say(engine.start(LOOPY, Channel.WEB), "Ann"), "cats"), "dogs");
        t = say(t, "back");
        assertThat(text(t)).contains("go back", "Anything else you like?");
        assertThat(t.state().answersFor("likes")).extracting(Answer::text).containsExactly("cats");
        t = say(t, "birds");
        assertThat(t.state().answersFor("likes")).extracting(Answer::text).containsExactly("cats", "birds");
    }

    @Test
    void aScaleAnswerCanBranchByRangeAndPlaceholdersUseTheName() {
        Turn t = say(say(say(engine.start(LOOPY, Channel.WEB), "call me Ann"), "no"), "2");
        assertThat(text(t)).isEqualTo("Sorry to hear that, Ann.");
        assertThat(t.state().finished()).isTrue();
        assertThat(t.events()).contains(new FlowEvent.Completed("low"));
    }

    @Test
    void theReadBackListsLabelledAnswersAndACorrectionReturnsToIt() {
        Turn t = say(say(say(say(engine.start(LOOPY, Channel.WEB), "Ann"), "cats"), "no"), "7");
        t = say(t, "2");
        assertThat(text(t)).contains("- Name: Ann", "- Likes: cats", "- Drink: Coffee", "Right?");
        t = say(t, "no");
        assertThat(t.replies().get(t.replies().size() - 1).options()).containsExactly("Name", "Likes", "Drink");
        t = say(t, "drink");
        assertThat(text(t)).contains("Tea or coffee?");
        t = say(t, "tea please");
        assertThat(text(t)).contains("- Drink: Tea", "Right?").doesNotContain("Coffee");
        t = say(t, "yes");
        assertThat(text(t)).isEqualTo("Bye Ann.");
    }

    @Test
    void anOptionalQuestionIsSkippedAfterThreeAnswersItCannotUnderstand() {
        Turn t = say(say(say(engine.start(LOOPY, Channel.WEB), "Ann"), "no"), "blue");
        assertThat(text(t)).contains("number from 0 to 10");
        t = say(t, "green");
        assertThat(text(t)).contains("another way");
        t = say(t, "red");
        assertThat(text(t)).contains("move on", "Tea or coffee?");
        assertThat(t.state().answersFor("mood")).singleElement().satisfies(a -> assertThat(a.skipped()).isTrue());
    }

    @Test
    void aRequiredQuestionBringsInAPersonAfterThreeFailuresAndMovesOn() {
        Turn t = say(say(say(engine.start(LOOPY, Channel.WEB), "Ann"), "no"), "skip");
        t = say(say(t, "juice"), "water");
        t = say(t, "milk");
        assertThat(t.events()).anyMatch(e -> e instanceof FlowEvent.PersonRequested);
        assertThat(text(t)).contains("link worker", "Right?");
    }

    @Test
    void nonsenseNeverKeepsAPersonOnOneStepForeverInTheRealFlow() {
        Flow flow = FlowRegistry.loadFolder(Path.of("conversation-flows")).stream()
                .filter(f -> f.id().equals("what-matters")).findFirst().orElseThrow();
        Turn t = engine.start(flow, Channel.SMS);
        Set<String> visited = new HashSet<>();
        int sent = 0;
        while (!t.state().finished() && sent < 200) {
            String step = t.state().step();
            visited.add(step);
            t = engine.handle(flow, t.state(), "zzq " + sent, sent, Channel.SMS);
            sent++;
            if (!t.state().finished() && t.state().step().equals(step)) {
                assertThat(t.state().failures()).isLessThan(FlowEngine.GIVE_UP_AFTER);
            }
        }
        assertThat(t.state().finished()).as("the conversation reached an end").isTrue();
    }

    @Test
    void channelVariantsAreUsedForEachChannel() {
        Flow flow = FlowRegistry.loadFolder(Path.of("conversation-flows")).stream()
                .filter(f -> f.id().equals("what-matters")).findFirst().orElseThrow();
        String web = text(engine.start(flow, Channel.WEB));
        String sms = text(engine.start(flow, Channel.SMS));
        String voice = text(engine.start(flow, Channel.VOICE));
        assertThat(sms).contains("Reply YES or NO");
        assertThat(voice).contains("press 1");
        assertThat(web).doesNotContain("press 1").doesNotContain("Reply YES");
    }

    @Test
    void theLoopsQuickReplyEndsTheLoop() {
        Turn t = say(engine.start(LOOPY, Channel.WEB), "Ann");
        Reply question = t.replies().get(t.replies().size() - 1);
        assertThat(question.options()).containsExactly(FlowEngine.NO_MORE);
        t = say(t, question.options().get(0));
        assertThat(text(t)).isEqualTo("Mood from 0 to 10?");
        assertThat(t.state().answersFor("likes")).isEmpty();
    }
}
