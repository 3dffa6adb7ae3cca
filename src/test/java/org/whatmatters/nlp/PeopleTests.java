package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my daughter Susan and my neighbour Pat|my daughter Susan;my neighbour Pat",
            "My son comes on Sundays|My son",
            "nobody really|nobody",
            "no1 tbh. just me n the dog|no1",
            "my best friend Jean rings every day|my best friend Jean",
            "the lads from the allotment and my GP|my GP",
            "my carer comes twice a day|my carer",
            "me and my little brother|my little brother",
            "our kids are grown up now|our kids"})
    void findsThePeopleSomeoneMentions(String text, String expected) {
        assertThat(People.mentions(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }
}
