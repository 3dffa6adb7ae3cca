package org.whatmatters.nlp;

/**
 * A detected language.
 *
 * @param iso639_3   ISO 639-3 code as produced by the OpenNLP language detector ("eng", "pol", "fra", ...)
 * @param confidence the detector's probability for that code, 0..1 (for short texts that fell back to English
 *                   this is the detector's probability for "eng", which may be low)
 */
public record Language(String iso639_3, double confidence) {

    public static final String ENGLISH = "eng";

    public boolean isEnglish() {
        return ENGLISH.equals(iso639_3);
    }
}
