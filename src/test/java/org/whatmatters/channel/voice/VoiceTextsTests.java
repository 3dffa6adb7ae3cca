package org.whatmatters.channel.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.flow.Expect;
import org.whatmatters.flow.Prompt;

class VoiceTextsTests {

    @Test
    void everyKindOfQuestionGetsASpokenAndKeypadHint() {
        assertThat(VoiceTexts.hint("Is that OK?", new Prompt(Expect.YES_NO, 0, 10, false), List.of("Yes", "No")))
                .isEqualTo("Say yes or press 1. Say no or press 2.");
        assertThat(VoiceTexts.hint("How happy?", new Prompt(Expect.SCALE, 0, 10, true), List.of()))
                .isEqualTo("Say a number from 0 to 10, or key it in. Or say skip, or press star 3.");
        assertThat(VoiceTexts.hint("How?", new Prompt(Expect.CHOICE, 0, 10, false), List.of("Text message", "Phone call", "Letter")))
                .isEqualTo("Press 1 for text message, 2 for phone call, or 3 for letter. Or just say it.");
        assertThat(VoiceTexts.hint("Anything else?", new Prompt(Expect.TEXT, 0, 10, true), List.of("No, nothing else")))
                .contains("press 2");
        assertThat(VoiceTexts.hint("What is hard?", new Prompt(Expect.TEXT, 0, 10, true), List.of("Skip"))).contains("press star 3");
        assertThat(VoiceTexts.hint("Your name?", new Prompt(Expect.TEXT, 0, 10, false), List.of())).contains("Press star");
    }

    @Test
    void noHintWhenTheFlowAlreadyTellsTheCallerWhatToPress() {
        assertThat(VoiceTexts.hint("Is that OK? Say yes or press 1.", new Prompt(Expect.YES_NO, 0, 10, false), List.of("Yes", "No"))).isEmpty();
    }

    @Test
    void keysBecomeWordsForTheQuestionAsked() {
        Prompt yesNo = new Prompt(Expect.YES_NO, 0, 10, false);
        Prompt scale = new Prompt(Expect.SCALE, 0, 10, false);
        assertThat(VoiceService.keys("1", yesNo)).isEqualTo("yes");
        assertThat(VoiceService.keys("2#", yesNo)).isEqualTo("no");
        assertThat(VoiceService.keys("10#", scale)).isEqualTo("10");
        assertThat(VoiceService.keys("*", scale)).isEqualTo("repeat");
        assertThat(VoiceService.keys("*1", scale)).isEqualTo("help");
        assertThat(VoiceService.keys("*2", scale)).isEqualTo("back");
        assertThat(VoiceService.keys("*3", scale)).isEqualTo("skip");
    }
}
