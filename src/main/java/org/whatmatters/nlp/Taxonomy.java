package org.whatmatters.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The theme taxonomy, read from the data file {@code nlp/themes.yaml}. */
public record Taxonomy(List<Theme> themes, double similarity) {

    /** One theme: its key, the label shown to staff, words that point to it, and example sentences. */
    public record Theme(String key, String label, List<String> words, List<String> examples) {}

    public Taxonomy {
        themes = List.copyOf(themes);
    }

    @SuppressWarnings("unchecked")
    public static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/nlp/themes.yaml")) {
            if (in == null) {
                throw new IllegalStateException("The theme taxonomy nlp/themes.yaml is missing from the classpath");
            }
            Map<String, Object> root = new Yaml().load(in);
            List<Theme> themes = new ArrayList<>();
            for (Map<String, Object> t : (List<Map<String, Object>>) root.get("themes")) {
                String key = (String) t.get("key");
                List<String> words = ((List<Object>) t.getOrDefault("words", List.of())).stream().map(String::valueOf).toList();
                List<String> examples = ((List<Object>) t.getOrDefault("examples", List.of())).stream().map(String::valueOf).toList();
                if (key == null || words.isEmpty()) {
                    throw new IllegalStateException("nlp/themes.yaml: every theme needs a key and some words (" + t + ")");
                }
                themes.add(new Theme(key, String.valueOf(t.getOrDefault("label", key)), words, examples));
            }
            Object similarity = root.get("similarity");
            if (!(similarity instanceof Number n) || n.doubleValue() <= 0 || n.doubleValue() >= 1) {
                throw new IllegalStateException("nlp/themes.yaml: similarity must be a number between 0 and 1");
            }
            return new Taxonomy(themes, n.doubleValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of every theme, e.g. "loneliness". */
    public java.util.Set<String> keys() {
        return themes.stream().map(Theme::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public String label(String key) {
        return themes.stream().filter(t -> t.key().equals(key)).map(Theme::label).findFirst().orElse(key);
    }
}
