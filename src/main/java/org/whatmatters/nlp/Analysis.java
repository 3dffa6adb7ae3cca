package org.whatmatters.nlp;

import java.util.List;

/**
 * What one item of an answer is about.
 *
 * @param themes taxonomy keys, most likely first
 * @param past true when it describes the past ("I used to sing")
 * @param timeframe a stated time frame ("by Easter"), or null
 */
public record Analysis(List<String> themes, Polarity polarity, boolean past, String timeframe) {

    public Analysis {
        themes = List.copyOf(themes);
    }
}
