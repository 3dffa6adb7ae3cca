package org.whatmatters.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of the drafting prompt: {@code prompts/VERSION.system.txt} and {@code prompts/VERSION.user.txt}, read
 * once and checked: the system text takes no variables, the user text only {@link #VARIABLES} and always
 * {@code messages}.
 */
record PromptTemplates(String version, String system, String user) {

    static final Set<String> VARIABLES = Set.of("name", "messages", "services");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\s*}}");

    static PromptTemplates load(String version) {
        if (!version.matches("[a-z0-9-]+-v[0-9]+")) {
            throw new IllegalStateException("LLM_PROMPT_VERSION must look like plan-draft-v1, not '" + version + "'");
        }
        return check(version, read(version + ".system.txt"), read(version + ".user.txt"));
    }

    static PromptTemplates check(String version, String system, String user) {
        if (!variables(system).isEmpty()) {
            throw new IllegalStateException("prompts/" + version + ".system.txt must not use variables, but uses " + variables(system));
        }
        Set<String> used = variables(user);
        Set<String> unknown = new LinkedHashSet<>(used);
        unknown.removeAll(VARIABLES);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("prompts/" + version + ".user.txt uses unknown variables " + unknown + "; known: " + VARIABLES);
        }
        if (!used.contains("messages")) {
            throw new IllegalStateException("prompts/" + version + ".user.txt must include {{messages}}");
        }
        return new PromptTemplates(version, system.strip(), user.strip());
    }

    /** The user text with its variables filled in. */
    String user(Map<String, String> values) {
        Matcher m = VARIABLE.matcher(user);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(sb).toString();
    }

    private static Set<String> variables(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = PromptTemplates.class.getResourceAsStream("/prompts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("prompts/" + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
