package org.whatmatters.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.nlp.Embeddings;
import org.yaml.snakeyaml.Yaml;

/**
 * The second layer of the safety check: recognises paraphrases of risk that no phrase rule names, by meaning.
 * Each clause is embedded and scored by {@link SafetyModel} (trained on the labelled set and on the reviewed
 * statements in {@code safety-references.yaml}). The closest reviewed statement of the category found decides the
 * level: URGENT only when it is an URGENT statement and the clause is at least {@code urgent} similar to it. The
 * statements are embedded once, when this is built. Thread-safe.
 */
final class SemanticSafety {

    /** One reviewed statement and its vector. A null category means "not a risk". */
    record Reference(SafetyCategory category, SafetyLevel level, String text, float[] vector) {}

    /**
     * How one clause was judged: the model's chance that it is a risk and its likeliest category; the closest
     * reviewed risk statement of any category and how similar it is; how similar the closest harmless statement is.
     */
    record Judgement(double risk, SafetyCategory category, Reference closest, double similarity, double harmless) {}

    record Candidate(SafetyLevel level, SafetyCategory category) {}

    private final Embeddings embeddings;
    private final SafetyModel model;
    private final List<Reference> references;
    private final double urgent;
    private final double match;

    SemanticSafety(Embeddings embeddings) {
        this(embeddings, SafetyModel.load());
    }

    SemanticSafety(Embeddings embeddings, SafetyModel model) {
        this.embeddings = embeddings;
        this.model = model;
        Map<String, Object> root = read();
        if (!(root.get("settings") instanceof Map<?, ?> settings)) {
            throw new IllegalStateException("safety-references.yaml: settings (urgent, match) are missing");
        }
        this.urgent = number(settings, "urgent");
        this.match = number(settings, "match");
        List<SafetyCategory> categories = new ArrayList<>();
        List<SafetyLevel> levels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        risks(root).forEach((category, byLevel) -> byLevel.forEach((level, statements) -> statements.forEach(s -> {
            categories.add(SafetyCategory.valueOf(category));
            levels.add(SafetyLevel.valueOf(level));
            texts.add(s);
        })));
        for (String s : list(root.get("not-risk"), "not-risk")) {
            categories.add(null);
            levels.add(null);
            texts.add(s);
        }
        List<float[]> vectors = embeddings.embedAll(texts.stream().map(SemanticSafety::prepare).toList());
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            refs.add(new Reference(categories.get(i), levels.get(i), texts.get(i), vectors.get(i)));
        }
        this.references = List.copyOf(refs);
    }

    /** Judges one normalised clause. */
    Judgement judge(String clause) {
        String prepared = prepare(clause);
        float[] v = embeddings.embed(prepared);
        double[] p = model.probabilities(v, prepared);
        int best = 1;
        for (int c = 2; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        Reference closest = null;
        double similarity = -1;
        double harmless = -1;
        for (Reference r : references) {
            double s = Embeddings.similarity(v, r.vector());
            if (r.category() == null) {
                harmless = Math.max(harmless, s);
            } else if (s > similarity) {
                similarity = s;
                closest = r;
            }
        }
        return new Judgement(1 - p[0], SafetyCategory.valueOf(model.classes().get(best)), closest, similarity, harmless);
    }

    /**
     * A finding when the clause says nearly the same as a reviewed risk statement (at least {@code match} similar,
     * and closer to it than to any harmless one), or else when the model judges it a risk, unless it says nearly
     * the same as a reviewed harmless statement.
     */
    Optional<Candidate> assess(String clause) {
        Judgement j = judge(clause);
        boolean restates = j.similarity() >= match && j.similarity() > j.harmless();
        boolean harmless = j.harmless() >= match && j.harmless() > j.similarity();
        if (harmless || (!restates && j.risk() < model.threshold())) {
            return Optional.empty();
        }
        SafetyCategory category = restates ? j.closest().category() : j.category();
        boolean urgentStatement = j.closest().category() == category && j.closest().level() == SafetyLevel.URGENT;
        return Optional.of(new Candidate(urgentStatement && j.similarity() >= urgent ? SafetyLevel.URGENT : SafetyLevel.CONCERN, category));
    }

    /** The reviewed statements as training examples: category name (or "none") and text. */
    static List<String[]> statements() {
        Map<String, Object> root = read();
        List<String[]> out = new ArrayList<>();
        risks(root).forEach((category, byLevel) -> byLevel.values().forEach(list -> list.forEach(s -> out.add(new String[] {category, s}))));
        list(root.get("not-risk"), "not-risk").forEach(s -> out.add(new String[] {"none", s}));
        return out;
    }

    /** Embeddings are taken of lower-case text, in training and in use alike. */
    static String prepare(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    static Map<String, Object> read() {
        try (InputStream in = SemanticSafety.class.getResourceAsStream("safety-references.yaml")) {
            if (in == null) {
                throw new IllegalStateException("safety-references.yaml is missing from the classpath");
            }
            Map<String, Object> root = new Yaml().load(in);
            if (root == null) {
                throw new IllegalStateException("safety-references.yaml is empty");
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw new IllegalStateException("safety-references.yaml: settings." + key + " must be a number from 0 to 1");
        }
        return n.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, List<String>>> risks(Map<String, Object> root) {
        if (!(root.get("risks") instanceof Map<?, ?> risks)) {
            throw new IllegalStateException("safety-references.yaml: risks are missing");
        }
        Map<String, Map<String, List<String>>> out = new java.util.LinkedHashMap<>();
        for (SafetyCategory c : SafetyCategory.values()) {
            if (!(risks.get(c.name()) instanceof Map<?, ?> byLevel)) {
                throw new IllegalStateException("safety-references.yaml: risks." + c + " is missing");
            }
            Map<String, List<String>> levels = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : byLevel.entrySet()) {
                String level = String.valueOf(e.getKey());
                try {
                    SafetyLevel.valueOf(level);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalStateException("safety-references.yaml: risks." + c + "." + level + " is not URGENT or CONCERN");
                }
                levels.put(level, list(e.getValue(), "risks." + c + "." + level));
            }
            out.put(c.name(), levels);
        }
        if (risks.size() != SafetyCategory.values().length) {
            throw new IllegalStateException("safety-references.yaml: unknown category in risks: " + risks.keySet());
        }
        return out;
    }

    private static List<String> list(Object value, String where) {
        if (!(value instanceof List<?> l) || l.isEmpty()) {
            throw new IllegalStateException("safety-references.yaml: " + where + " must be a list of statements");
        }
        return l.stream().map(String::valueOf).toList();
    }
}
