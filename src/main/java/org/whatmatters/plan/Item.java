package org.whatmatters.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entry in a plan section, in the person's own words.
 *
 * @param evidence ids of the inbound messages it came from
 * @param actions only on goals: who does what
 * @param level only on safety flags
 * @param category only on safety flags
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(String text, List<Long> evidence, List<String> themes, List<String> actions, String level, String category) {

    public Item {
        evidence = List.copyOf(evidence);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    static Item of(String text, List<Long> evidence) {
        return new Item(text, evidence, List.of(), null, null, null);
    }

    static Item goal(String text, List<Long> evidence) {
        return new Item(text, evidence, List.of(), List.of(), null, null);
    }
}
