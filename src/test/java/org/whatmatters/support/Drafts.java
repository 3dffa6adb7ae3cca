package org.whatmatters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Makes drafted plans the way people do: by completing a conversation through the web chat API. */
public final class Drafts {

    private Drafts() {}

    /** A finished what-matters conversation; returns its plan id. With {@code risk}, one answer raises a safety concern. */
    public static String plan(TestApp app, String name, boolean risk) {
        Chat chat = Chat.start(app, null);
        List<String> answers = List.of("yes", name, "My grandchildren. My garden.", "no", "I'm good at baking",
                risk ? "I don't want to be here anymore" : "My knees are bad. Money is tight.", "my daughter Sue",
                "the lunch club", "walk to the shops by summer", "6", "7", "5", "3", "1", "large print please", "yes");
        answers.forEach(chat::say);
        assertThat(chat.state()).isEqualTo("COMPLETED");
        return chat.plan().get("id").asString();
    }
}
