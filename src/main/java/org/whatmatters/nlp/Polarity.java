package org.whatmatters.nlp;

/** What a sentence says about the things it mentions. */
public enum Polarity {
    /** Something is hard or wanted ("my knees are bad", "I'm lonely"). */
    NEED,
    /** Something good: a strength, an interest, something going well. */
    POSITIVE,
    /** Mentions something only to say it is not a problem ("money is fine", "I don't need help with housing"). */
    NEGATED,
    NEUTRAL
}
