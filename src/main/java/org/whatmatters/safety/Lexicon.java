package org.whatmatters.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed phrase data, loaded from {@code safety-lexicon.txt} beside this class (format described at the top
 * of that file): macros, risk phrases per category/level, idioms, past markers, word sets and spellings.
 */
final class Lexicon {

    /** One group of phrases. softenTo: category used when negated-with-duration/hedged/past; null drops it. */
    record Rule(SafetyCategory category, SafetyLevel level, SafetyCategory softenTo, List<String> phrases) {}

    static final String RESOURCE = "safety-lexicon.txt";

    final Map<String, String> macros = new HashMap<>();
    final List<Rule> rules = new ArrayList<>();
    final List<String> idioms = new ArrayList<>();
    final List<String> pastMarkers = new ArrayList<>();
    final Map<String, String> spellings = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(List<String> fileLines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : fileLines) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("[")) {
                current = sections.computeIfAbsent(raw.substring(1, raw.indexOf(']')).trim(), k -> new ArrayList<>());
            } else if (current == null || (Character.isWhitespace(raw.charAt(0)) && current.isEmpty())) {
                throw new IllegalStateException("lexicon line outside a section: " + raw);
            } else if (Character.isWhitespace(raw.charAt(0))) {
                current.set(current.size() - 1, current.get(current.size() - 1) + raw.strip());
            } else {
                current.add(raw.strip());
            }
        }
        Lexicon lexicon = new Lexicon();
        sections.forEach((header, lines) -> lexicon.add(header.split("\\s+"), lines));
        return lexicon;
    }

    private void add(String[] header, List<String> lines) {
        switch (header[0]) {
            case "macro" -> macros.put(header[1], String.join(" | ", lines));
            case "rule" -> rules.add(new Rule(SafetyCategory.valueOf(header[1]), SafetyLevel.valueOf(header[2]),
                    header[3].equals("drop") ? null : SafetyCategory.valueOf(header[3]), List.copyOf(lines)));
            case "idioms" -> idioms.addAll(lines);
            case "past" -> pastMarkers.addAll(lines);
            case "set" -> {
                List<String> words = Arrays.asList(String.join(" ", lines).split("\\s+"));
                lists.put(header[1], words);
                sets.put(header[1], Set.copyOf(words));
            }
            case "spellings" -> lines.forEach(line -> {
                String[] pair = line.split("\\s*=\\s*", 2);
                spellings.put(pair[0], pair[1]);
            });
            default -> throw new IllegalStateException("unknown lexicon section [" + String.join(" ", header) + "]");
        }
    }

    Set<String> set(String name) {
        list(name);
        return sets.get(name);
    }

    List<String> list(String name) {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException("lexicon has no [set " + name + "]");
        }
        return words;
    }
}
