package org.whatmatters.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowParserTests {

    private static final String GOOD = """
            id: tiny
            version: 2
            steps:
              - id: consent
                ask: Is that OK?
                expect: yes-no
                slot: consent
                plan: consent
                consent-version: v1
                branch:
                  "no": bye
              - id: name
                ask:
                  text: What shall I call you?
                  sms: Name?
                  voice: What shall I call you? Say your name.
                slot: name
              - id: done
                say: Thanks {name|friend}!
                end: completed
              - id: bye
                say: Bye.
                end: ended
            """;

    private static InvalidFlowException invalid(String yaml) {
        try {
            FlowParser.parse("flows/broken.yaml", yaml);
        } catch (InvalidFlowException e) {
            return e;
        }
        throw new AssertionError("expected the flow to be refused");
    }

    @Test
    void readsAValidFlowWithChannelVariantsBranchesAndDefaultNextSteps() {
        Flow flow = FlowParser.parse("tiny.yaml", GOOD);

        assertThat(flow.id()).isEqualTo("tiny");
        assertThat(flow.version()).isEqualTo(2);
        assertThat(flow.steps()).extracting(Step::id).containsExactly("consent", "name", "done", "bye");
        Step name = flow.step("name");
        assertThat(name.ask().forChannel(Channel.WEB)).isEqualTo("What shall I call you?");
        assertThat(name.ask().forChannel(Channel.SMS)).isEqualTo("Name?");
        assertThat(name.ask().forChannel(Channel.VOICE)).contains("Say your name");
        assertThat(name.expect()).isEqualTo(Expect.TEXT);
        assertThat(name.next()).isEqualTo("done");
        assertThat(flow.step("consent").branch()).containsEntry("no", "bye");
        assertThat(flow.step("done").end()).isEqualTo("COMPLETED");
        assertThat(flow.checksum()).hasSize(64);
    }

    @Test
    void refusesAnUnknownNextStepNamingFileStepAndTarget() {
        InvalidFlowException e = invalid(GOOD.replace("\"no\": bye", "\"no\": goodbye"));
        assertThat(e.getMessage()).contains("flows/broken.yaml", "step 'consent'", "unknown next step 'goodbye'");
        assertThat(e.stepId()).isEqualTo("consent");
    }

    @Test
    void refusesAnUnreachableStep() {
        InvalidFlowException e = invalid(GOOD + """
                  - id: lonely
                    say: Nobody comes here.
                    end: ended
                """);
        assertThat(e.getMessage()).contains("step 'lonely'", "unreachable");
    }

    @Test
    void refusesAQuestionStepWithoutItsQuestion() {
        InvalidFlowException e = invalid(GOOD.replace("    ask: Is that OK?\n", ""));
        assertThat(e.getMessage()).contains("step 'consent'", "missing question");
    }

    @Test
    void refusesADuplicateSlot() {
        InvalidFlowException e = invalid(GOOD.replace("slot: name", "slot: consent"));
        assertThat(e.getMessage()).contains("step 'name'", "duplicate slot 'consent'", "also filled by step 'consent'");
    }

    @Test
    void refusesBadYamlNamingTheLine() {
        InvalidFlowException e = invalid("""
                id: tiny
                version: 1
                steps:
                  - id: a
                    ask: "unclosed
                  - id: b
                """);
        assertThat(e.getMessage()).contains("flows/broken.yaml", "line", "bad YAML");
        assertThat(e.getMessage()).matches("(?s).*line [5-7].*");
    }

    @Test
    void refusesMisspelledKeysSoTyposAreNotSilentlyIgnored() {
        InvalidFlowException e = invalid(GOOD.replace("slot: name", "slto: name"));
        assertThat(e.getMessage()).contains("step 'name'", "unknown key 'slto'");
    }

    @Test
    void refusesALastStepThatDoesNotEnd() {
        InvalidFlowException e = invalid("""
                id: open
                version: 1
                steps:
                  - id: only
                    ask: Hello?
                """);
        assertThat(e.getMessage()).contains("step 'only'", "last step must end");
    }

    @Test
    void refusesBranchesThatCanNeverHappen() {
        InvalidFlowException e = invalid(GOOD.replace("\"no\": bye", "\"maybe\": bye"));
        assertThat(e.getMessage()).contains("branch answer 'maybe' can never happen");
    }

    @Test
    void refusesAChoiceWithOneOptionAndAScaleTheWrongWayRound() {
        assertThat(invalid(GOOD.replace("    slot: name\n", "    slot: name\n    expect: choice\n    options: [Only]\n")).getMessage())
                .contains("at least two options");
        assertThat(invalid(GOOD.replace("    slot: name\n", "    slot: name\n    expect: scale\n    min: 10\n    max: 0\n")).getMessage())
                .contains("min must be less than max");
    }

    @Test
    void refusesAConsentStepWithoutAWordingVersion() {
        assertThat(invalid(GOOD.replace("    consent-version: v1\n", "")).getMessage()).contains("consent-version");
    }

    @Test
    void refusesAFlowWithoutIdOrVersion() {
        assertThat(invalid(GOOD.replace("version: 2\n", "")).getMessage()).contains("missing 'version'");
        assertThat(invalid(GOOD.replace("id: tiny\n", "")).getMessage()).contains("missing 'id'");
        assertThat(invalid(GOOD.replace("version: 2", "version: two")).getMessage()).contains("whole number");
    }

    @Test
    void refusesTwoFilesWithTheSameFlowVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), GOOD);
        Files.writeString(dir.resolve("b.yaml"), GOOD);
        assertThatThrownBy(() -> FlowRegistry.loadFolder(dir))
                .isInstanceOf(InvalidFlowException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("also defined in");
    }

    @Test
    void everyShippedFlowFileIsValid() {
        List<Flow> flows = FlowRegistry.loadFolder(Path.of("conversation-flows"));
        assertThat(flows).extracting(Flow::id).contains("what-matters", "check-in");
    }

    @Test
    void theDefaultFlowAsksTheFourOns4QuestionsWordForWord() {
        Flow flow = FlowRegistry.loadFolder(Path.of("conversation-flows")).stream()
                .filter(f -> f.id().equals("what-matters")).findFirst().orElseThrow();
        List<String> questions = flow.steps().stream().filter(s -> s.expect() == Expect.SCALE)
                .map(s -> s.ask().forChannel(Channel.WEB)).toList();
        assertThat(questions).containsExactly(
                "Overall, how satisfied are you with your life nowadays?",
                "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
                "Overall, how happy did you feel yesterday?",
                "Overall, how anxious did you feel yesterday?");
        assertThat(flow.step("life-satisfaction").say().forChannel(Channel.WEB)).isEqualTo(
                "Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong"
                        + " answers. For each of these questions I'd like you to give an answer on a scale of 0 to 10, where 0 is"
                        + " 'not at all' and 10 is 'completely'.");
        assertThat(flow.steps().stream().filter(s -> s.expect() == Expect.SCALE)).allMatch(Step::optional);
    }
}
