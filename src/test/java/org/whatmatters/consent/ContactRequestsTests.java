package org.whatmatters.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRequestsTests {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop.", "STOPALL", "unsubscribe", "CANCEL", "end", "Quit!", "REVOKE", "optout", "opt out",
            "please stop texting me", "Don't message me again", "dont text me", "do not contact me", "no more texts",
            "stop sending me messages", "Can you unsubscribe me", "take me off your list", "I want to opt out", "stop calling me",
            "please don\u2019t call me again", "never text me again"})
    void recognisesOptOutsByKeywordAndInPlainWords(String text) {
        assertThat(ContactRequests.classify(text)).isEqualTo(ContactRequest.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Unstop"})
    void recognisesOptIns(String text) {
        assertThat(ContactRequests.classify(text)).isEqualTo(ContactRequest.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help", "Info", "help?"})
    void recognisesHelp(String text) {
        assertThat(ContactRequests.classify(text)).isEqualTo(ContactRequest.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "I'd like to stop smoking", "my friends text me every day", "I want to end the loneliness",
            "stop worrying so much", "I can't stop thinking about money", "the end of the month is hard", "I need help with my bills",
            "my daughter calls me", "no", "I'd like more calls from my son", "cancel my gym membership"})
    void leavesOrdinaryAnswersAlone(String text) {
        assertThat(ContactRequests.classify(text)).isEqualTo(ContactRequest.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "end", "start", "Unstop"})
    void knowsWhichKeywordsTwilioConfirmsItself(String text) {
        assertThat(ContactRequests.isCarrierKeyword(text)).isTrue();
    }
}
