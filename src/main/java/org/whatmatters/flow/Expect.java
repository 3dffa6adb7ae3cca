package org.whatmatters.flow;

import java.util.Arrays;
import java.util.Optional;

/** The kind of answer a step expects. */
public enum Expect {
    /** Nothing: the step only says something, then moves on. */
    NONE("none"),
    TEXT("text"),
    YES_NO("yes-no"),
    CHOICE("choice"),
    SCALE("scale"),
    /** Lets the person choose one of their earlier answers to change (used after a read-back). */
    PICK_ANSWER("pick-answer");

    private final String yamlName;

    Expect(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    static Optional<Expect> fromYaml(String value) {
        return Arrays.stream(values()).filter(e -> e.yamlName.equals(value)).findFirst();
    }
}
