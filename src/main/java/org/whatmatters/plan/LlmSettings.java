package org.whatmatters.plan;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The optional language-model drafter, from the environment (see .env.example). With provider {@code none}, the
 * default, no model is ever called and plans are drafted by the rule-based drafter alone.
 *
 * @param provider none, openai (any OpenAI-compatible endpoint, chosen by base URL), azure-openai or ollama
 * @param timeout per call; "30" means 30 seconds, ISO-8601 ("PT30S") and "30s" also work
 * @param retries further attempts after a 429 or 5xx answer, with a doubling back-off from {@code backoff}
 * @param breakerFailures failed drafts in a row that open the circuit: drafts then go straight to the rule-based
 *                        drafter until {@code breakerOpenFor} has passed
 * @param includePreferredName whether the person's preferred name may go into the prompt
 * @param promptVersion which pair of files in prompts/ to use, e.g. plan-draft-v1
 * @param jsonSchema send the answer's JSON schema (structured output); false for a server that only has JSON mode,
 *                   when the answer is parsed and checked against the schema in code all the same
 */
@ConfigurationProperties("whatmatters.llm")
record LlmSettings(String provider, String baseUrl, String model, String apiKey, @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
        Integer maxTokens, Double temperature, Integer retries, Duration backoff, Integer breakerFailures, Duration breakerOpenFor,
        Boolean includePreferredName, String promptVersion, Boolean jsonSchema) {

    enum Provider { NONE, OPENAI, AZURE_OPENAI, OLLAMA }

    LlmSettings {
        provider = provider == null || provider.isBlank() ? "none" : provider.strip().toLowerCase(Locale.ROOT);
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        model = model == null || model.isBlank() ? null : model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxTokens = maxTokens == null ? 1500 : maxTokens;
        temperature = temperature == null ? 0.2 : temperature;
        retries = retries == null ? 2 : retries;
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        breakerFailures = breakerFailures == null ? 3 : breakerFailures;
        breakerOpenFor = breakerOpenFor == null ? Duration.ofMinutes(2) : breakerOpenFor;
        includePreferredName = includePreferredName != null && includePreferredName;
        promptVersion = promptVersion == null || promptVersion.isBlank() ? "plan-draft-v1" : promptVersion.strip();
        jsonSchema = jsonSchema == null || jsonSchema;
    }

    /** The provider chosen; a clear error for anything else, or for a provider whose settings are incomplete. */
    Provider chosen() {
        Provider p;
        try {
            p = Provider.valueOf(provider.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LLM_PROVIDER must be none, openai, azure-openai or ollama, not '" + provider + "'");
        }
        if (p == Provider.NONE) {
            return p;
        }
        if (model == null) {
            throw new IllegalStateException("LLM_MODEL is needed when LLM_PROVIDER is " + provider);
        }
        if ((p == Provider.AZURE_OPENAI || p == Provider.OLLAMA) && baseUrl == null) {
            throw new IllegalStateException("LLM_BASE_URL is needed when LLM_PROVIDER is " + provider);
        }
        if ((p == Provider.OPENAI && baseUrl == null || p == Provider.AZURE_OPENAI) && apiKey == null) {
            throw new IllegalStateException("LLM_API_KEY is needed when LLM_PROVIDER is " + provider);
        }
        if (timeout.isNegative() || timeout.isZero() || maxTokens < 1 || retries < 0 || breakerFailures < 1) {
            throw new IllegalStateException("LLM_TIMEOUT, LLM_MAX_TOKENS, LLM_RETRIES and LLM_BREAKER_FAILURES must be positive");
        }
        return p;
    }
}
