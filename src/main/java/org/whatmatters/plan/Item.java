package org.whatmatters.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entry in a plan section, in the person's own words.
 *
 * @param evidence ids of the inbound messages it came from (empty for an item a link worker added)
 * @param actions only on goals: who does what
 * @param level only on safety flags
 * @param category only on safety flags
 * @param decision only on community connections: SUGGESTED, ACCEPTED or DECLINED
 * @param editedBy the link worker who wrote or changed this item's text, if one did
 * @param past true when the person spoke of the past ("I used to sing"); null otherwise
 * @param timeframe on goals: the time frame the person gave ("by Easter"), if any
 * @param people the people and relationships it names, as written ("my daughter Susan", "nobody"); null if none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(String text, List<Long> evidence, List<String> themes, List<String> actions, String level, String category,
        String decision, String editedBy, Boolean past, String timeframe, List<String> people) {

    public static final String SUGGESTED = "SUGGESTED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DECLINED = "DECLINED";

    public Item {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        themes = themes == null ? List.of() : List.copyOf(themes);
        actions = actions == null ? null : List.copyOf(actions);
        people = people == null || people.isEmpty() ? null : List.copyOf(people);
    }

    static Item of(String text, List<Long> evidence) {
        return new Item(text, evidence, List.of(), null, null, null, null, null, null, null, null);
    }

    static Item goal(String text, List<Long> evidence) {
        return new Item(text, evidence, List.of(), List.of(), null, null, null, null, null, null, null);
    }

    static Item connection(String text, List<Long> evidence) {
        return new Item(text, evidence, List.of(), null, null, null, SUGGESTED, null, null, null, null);
    }

    Item withText(String newText, String by) {
        return new Item(newText, evidence, themes, actions, level, category, decision, by, past, timeframe, people);
    }

    /** The same item, described by the text analysis. */
    Item analysed(org.whatmatters.nlp.Analysis a) {
        return new Item(text, evidence, a.themes(), actions, level, category, decision, editedBy, a.past() ? Boolean.TRUE : null,
                actions != null ? a.timeframe() : timeframe, people);
    }

    /** The same item, naming the people it mentions. */
    Item withPeople(List<String> mentioned) {
        return new Item(text, evidence, themes, actions, level, category, decision, editedBy, past, timeframe, mentioned);
    }

    Item withActions(List<String> newActions, String by) {
        return new Item(text, evidence, themes, newActions, level, category, decision, by, past, timeframe, people);
    }

    Item withDecision(String newDecision) {
        return new Item(text, evidence, themes, actions, level, category, newDecision, editedBy, past, timeframe, people);
    }
}
