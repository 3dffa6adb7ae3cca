package org.whatmatters.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whatmatters.support.Chat;
import org.whatmatters.support.TestApp;

/** A conversation finishes on the flow version it started with, even after the file changes. */
class FlowVersionIntegrationTests {

    @TempDir
    Path flows;

    @TempDir
    Path data;

    private void writeFlow(String from, String to) throws IOException {
        String source = Files.readString(Path.of("conversation-flows/what-matters.yaml"));
        Files.writeString(flows.resolve("what-matters.yaml"), source.replace(from, to));
        Files.copy(Path.of("conversation-flows/check-in.yaml"), flows.resolve("check-in.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aConversationKeepsItsVersionWhileNewOnesUseTheNewFile() throws IOException {
        writeFlow("version: 1", "version: 1");
        try (TestApp app = TestApp.database(data.resolve("db").toString()).with("whatmatters.flows.dir", flows.toString()).start()) {
            Chat before = Chat.start(app, null);
            before.say("yes");

            writeFlowAgain("What would you like me to call you?", "What name do you like to use?", "version: 2\n");
            app.restart();

            assertThat(before.say("Nell").get("replies").toString()).contains("Thanks, Nell");
            before.say("back");
            assertThat(before.replies()).contains("What would you like me to call you?");

            Chat after = Chat.start(app, null);
            after.say("yes");
            assertThat(after.replies()).contains("What name do you like to use?");
        }
    }

    private void writeFlowAgain(String from, String to, String version) throws IOException {
        String source = Files.readString(Path.of("conversation-flows/what-matters.yaml")).replace("version: 1\n", version);
        Files.writeString(flows.resolve("what-matters.yaml"), source.replace(from, to));
    }

    @Test
    void changingAFileWithoutANewVersionStopsStartUp() throws IOException {
        writeFlow("version: 1", "version: 1");
        TestApp app = TestApp.database(data.resolve("db2").toString()).with("whatmatters.flows.dir", flows.toString()).start();
        try {
            writeFlow("What would you like me to call you?", "Who are you?");
            app.stop();
            assertThatThrownBy(app::start).hasStackTraceContaining("has changed since it was first used")
                    .hasStackTraceContaining("new version number");
        } finally {
            app.close();
        }
    }

    @Test
    void anInvalidFlowFileStopsStartUpNamingFileStepAndProblem() throws IOException {
        writeFlow("    next: name\n", "    next: nmae\n");
        TestApp app = TestApp.database(data.resolve("db3").toString()).with("whatmatters.flows.dir", flows.toString());
        try {
            assertThatThrownBy(app::start).hasStackTraceContaining("what-matters.yaml")
                    .hasStackTraceContaining("step 'welcome'").hasStackTraceContaining("unknown next step 'nmae'");
        } finally {
            app.close();
        }
    }
}
