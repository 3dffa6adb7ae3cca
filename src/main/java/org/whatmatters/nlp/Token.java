package org.whatmatters.nlp;

/**
 * One token of a sentence.
 *
 * @param text  the token exactly as it appears in the sentence
 * @param pos   Universal Dependencies UPOS tag (NOUN, VERB, AUX, PRON, ADP, PUNCT, ...)
 * @param lemma dictionary form, lower-cased by the UD lemmatizer ("walking" -> "walk", "was" -> "be")
 * @param start offset of the first character in the sentence string passed to {@link TextPipeline#tokens(String)}
 * @param end   offset one past the last character (so {@code sentence.substring(start, end).equals(text)})
 */
public record Token(String text, String pos, String lemma, int start, int end) {
}
