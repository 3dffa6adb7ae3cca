package org.whatmatters.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whatmatters.nlp.Embeddings;
import org.yaml.snakeyaml.Yaml;

/**
 * The community services directory, read once from {@code community/services.yaml}, and the matching of what a
 * person said to the services in it: by theme (the plan item's themes against the service's) and by meaning (the
 * item's words against the service's name and description, with in-process embeddings). Only services of this
 * directory are ever suggested. Thread-safe.
 */
public final class Directory {

    static final String RESOURCE = "/community/services.yaml";

    /** How close an item must be to a service, by meaning, to match it with no theme in common. */
    static final double MEANING_ONLY = 0.35;
    /** How close an item must be to a service, by meaning, to match it when they share a theme. */
    static final double WITH_THEME = 0.20;
    /** What a shared theme adds to the score. */
    static final double THEME_BONUS = 0.25;

    /** What the person said that a service could help with: the item's words, its themes and its index. */
    public record Interest(String text, List<String> themes) {}

    /** A service that matches, how well, and which of the interests (by index) it matches. */
    public record Match(CommunityService service, double score, List<Integer> because) {}

    private final List<CommunityService> services;
    /** For each service, the vectors of its name and of each part of its description. */
    private final List<List<float[]>> vectors;
    private final Embeddings embeddings;

    Directory(List<CommunityService> services, Embeddings embeddings) {
        this.services = List.copyOf(services);
        this.embeddings = embeddings;
        // A long description blurs into an average of everything it says, so each part is compared on its own
        this.vectors = services.stream().map(s -> embeddings.embedAll(parts(s))).toList();
    }

    /** Reads and checks the directory; every theme must be one of {@code themes}. */
    public static Directory load(Set<String> themes, Embeddings embeddings) {
        try (InputStream in = Directory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("community/services.yaml is missing from the classpath");
            }
            return new Directory(parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), themes), embeddings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services of a directory file, checked: an error names the entry and the field at fault. */
    static List<CommunityService> parse(String yaml, Set<String> themes) {
        Object root = new Yaml().load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("services") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException("community/services.yaml: a list of services is needed under 'services'");
        }
        List<CommunityService> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> s)) {
                throw new IllegalStateException("community/services.yaml: service " + (i + 1) + " is not a set of fields");
            }
            String where = "community/services.yaml: service " + (i + 1) + (s.get("id") == null ? "" : " (" + s.get("id") + ")");
            String id = text(s, "id", where, true);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException(where + ": id must be lower case letters, digits and hyphens");
            }
            if (!ids.add(id)) {
                throw new IllegalStateException(where + ": id is used twice");
            }
            if (!(s.get("themes") instanceof List<?> t) || t.isEmpty()) {
                throw new IllegalStateException(where + ": themes must be a list of one or more theme keys");
            }
            List<String> keys = t.stream().map(String::valueOf).toList();
            for (String key : keys) {
                if (!themes.contains(key)) {
                    throw new IllegalStateException(where + ": unknown theme '" + key + "' (themes are in nlp/themes.yaml)");
                }
            }
            out.add(new CommunityService(id, text(s, "name", where, true), text(s, "description", where, true), keys,
                    text(s, "contact", where, true), text(s, "when", where, false), text(s, "area", where, false)));
        }
        return out;
    }

    private static String text(Map<?, ?> s, String field, String where, boolean required) {
        Object v = s.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                throw new IllegalStateException(where + ": " + field + " is missing");
            }
            return null;
        }
        return String.valueOf(v).strip();
    }

    /** The name, and the description split into sentences and at semicolons, lower case. */
    static List<String> parts(CommunityService s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.name().toLowerCase(java.util.Locale.ROOT));
        for (String p : s.description().toLowerCase(java.util.Locale.ROOT).split("[.;:!?]")) {
            if (p.strip().split("\\s+").length >= 2) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static double similarity(float[] v, List<float[]> parts) {
        double best = -1;
        for (float[] p : parts) {
            best = Math.max(best, Embeddings.similarity(v, p));
        }
        return best;
    }

    public List<CommunityService> services() {
        return services;
    }

    /**
     * The services that best match what the person said, at most {@code max}. A service matches an interest when
     * they share a theme and are at least a little alike in meaning, or when they are clearly alike in meaning.
     * Each interest first gets its own best service, in the order given (so one need does not crowd out the
     * others); any places left go to the best of the rest, a service matching several interests ranking higher.
     */
    public List<Match> match(List<Interest> interests, int max) {
        if (interests.isEmpty() || max <= 0) {
            return List.of();
        }
        List<float[]> said = embeddings.embedAll(interests.stream().map(i -> i.text().toLowerCase(java.util.Locale.ROOT)).toList());
        double[][] score = new double[services.size()][interests.size()];
        List<Match> matches = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            CommunityService service = services.get(s);
            double best = 0;
            List<Integer> because = new ArrayList<>();
            for (int i = 0; i < interests.size(); i++) {
                double similarity = similarity(said.get(i), vectors.get(s));
                boolean shared = interests.get(i).themes().stream().anyMatch(service.themes()::contains);
                if (shared ? similarity >= WITH_THEME : similarity >= MEANING_ONLY) {
                    because.add(i);
                    score[s][i] = similarity + (shared ? THEME_BONUS : 0);
                    best = Math.max(best, score[s][i]);
                }
            }
            if (!because.isEmpty()) {
                matches.add(new Match(service, best + 0.05 * (because.size() - 1), List.copyOf(because)));
            }
        }
        List<Match> chosen = new ArrayList<>();
        for (int i = 0; i < interests.size() && chosen.size() < max; i++) {
            int interest = i;
            matches.stream().filter(m -> !chosen.contains(m) && m.because().contains(interest))
                    .max(Comparator.comparingDouble(m -> score[services.indexOf(m.service())][interest]))
                    .ifPresent(chosen::add);
        }
        matches.stream().filter(m -> !chosen.contains(m)).sorted(Comparator.comparingDouble(Match::score).reversed())
                .limit(max - chosen.size()).forEach(chosen::add);
        return List.copyOf(chosen);
    }
}
