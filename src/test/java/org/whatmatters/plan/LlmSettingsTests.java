package org.whatmatters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTests {

    private static LlmSettings of(String provider, String baseUrl, String model, String key) {
        return new LlmSettings(provider, baseUrl, model, key, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void noneIsTheDefaultAndNeedsNothingElse() {
        LlmSettings s = of(null, null, null, null);
        assertThat(s.chosen()).isEqualTo(LlmSettings.Provider.NONE);
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.promptVersion()).isEqualTo("plan-draft-v1");
        assertThat(s.includePreferredName()).isFalse();
        assertThat(s.jsonSchema()).isTrue();
    }

    @Test
    void eachProviderSaysWhichSettingIsMissing() {
        assertThat(of("OpenAI", null, "gpt-4o-mini", "sk").chosen()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(of("openai", "http://localhost:8000/v1", "local", null).chosen()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(of("ollama", "http://localhost:11434", "llama3.2", null).chosen()).isEqualTo(LlmSettings.Provider.OLLAMA);
        assertThatThrownBy(() -> of("openai", null, null, "sk").chosen()).hasMessageContaining("LLM_MODEL");
        assertThatThrownBy(() -> of("openai", null, "gpt-4o-mini", null).chosen()).hasMessageContaining("LLM_API_KEY");
        assertThatThrownBy(() -> of("azure-openai", null, "gpt-4o", "k").chosen()).hasMessageContaining("LLM_BASE_URL");
        assertThatThrownBy(() -> of("azure-openai", "https://x.openai.azure.com/openai/v1", "gpt-4o", null).chosen())
                .hasMessageContaining("LLM_API_KEY");
        assertThatThrownBy(() -> of("gemini", null, "m", "k").chosen()).hasMessageContaining("none, openai, azure-openai or ollama");
    }

    @Test
    void promptTemplatesAreCheckedForUnknownAndMissingVariables() {
        PromptTemplates p = PromptTemplates.load("plan-draft-v1");
        assertThat(p.user(Map.of("name", "not given", "messages", "5: hello", "services", "(none)"))).contains("5: hello").doesNotContain("{{");
        assertThatThrownBy(() -> PromptTemplates.check("x-v1", "sys", "{{messages}} {{phone}}")).hasMessageContaining("unknown variables [phone]");
        assertThatThrownBy(() -> PromptTemplates.check("x-v1", "sys", "no messages here")).hasMessageContaining("must include {{messages}}");
        assertThatThrownBy(() -> PromptTemplates.check("x-v1", "sys {{name}}", "{{messages}}")).hasMessageContaining("must not use variables");
        assertThatThrownBy(() -> PromptTemplates.load("plan-draft-v9")).hasMessageContaining("prompts/plan-draft-v9.system.txt is missing");
        assertThatThrownBy(() -> PromptTemplates.load("../etc")).hasMessageContaining("LLM_PROMPT_VERSION");
    }

    @Test
    void phoneNumbersAreMaskedBeforeAnythingGoesToTheModel() {
        assertThat(LlmDrafter.masked("ring me on 07700 900123 or +44 7700 900123, after 6")).isEqualTo("ring me on [number] or [number], after 6");
    }
}
