package org.whatmatters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the modules honest: the flow engine knows nothing of HTTP or storage, nlp stands alone, safety
 * builds only on nlp, and channels never reach into conversation logic beyond the conversation module's API.
 */
class ModuleBoundariesTests {

    private static final Path MAIN = Path.of("src/main/java/org/whatmatters");

    private static List<String> importsOf(String module) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(module))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.startsWith("import org.whatmatters." + module + ".")).map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @ParameterizedTest(name = "{0} does not use {1}")
    @CsvSource({
            "flow, org.whatmatters.conversation",
            "flow, org.whatmatters.plan",
            "flow, org.whatmatters.channel",
            "flow, org.springframework.web",
            "flow, jakarta.persistence",
            "safety, org.whatmatters.flow",
            "safety, org.whatmatters.conversation",
            "safety, org.whatmatters.plan",
            "safety, org.whatmatters.channel",
            "safety, org.whatmatters.review",
            "safety, org.whatmatters.staff",
            "safety, org.springframework.web",
            "community, org.whatmatters.plan",
            "community, org.whatmatters.conversation",
            "community, org.whatmatters.channel",
            "community, org.springframework.web",
            "nlp, org.whatmatters.",
            "nlp, org.springframework",
            "conversation, org.whatmatters.plan",
            "conversation, org.whatmatters.channel",
            "conversation, org.springframework.web",
            "channel, org.whatmatters.flow.FlowEngine",
            "channel, org.whatmatters.plan",
            "channel, org.whatmatters.safety",
            "plan, org.whatmatters.channel"})
    void modulesOnlyDependOnWhatTheyShould(String module, String forbidden) throws IOException {
        assertThat(importsOf(module)).noneMatch(line -> line.contains("import " + forbidden) || line.contains("import static " + forbidden));
    }
}
