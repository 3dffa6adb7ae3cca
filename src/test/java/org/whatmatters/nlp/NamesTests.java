package org.whatmatters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jo|Jo",
            "call me Jo please|Jo",
            "My name is Margaret Smith.|Margaret Smith",
            "it's Dev thanks|Dev",
            "I'm Sam!|Sam",
            "hi, I'm Aisha|Aisha",
            "you can call me Mr Patel|Mr Patel",
            "  Bob  |Bob",
            "just call me Nan|Nan",
            "please|please"})
    void findsTheNameAPersonWantsToBeCalled(String typed, String name) {
        assertThat(Names.preferredName(typed)).isEqualTo(name);
    }
}
