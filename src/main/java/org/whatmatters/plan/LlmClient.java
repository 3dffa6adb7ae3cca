package org.whatmatters.plan;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Calls the configured language model: one request at a time per draft, retrying a 429 or 5xx answer (or a
 * timeout) with a doubling back-off, behind a circuit breaker that sends drafts straight to the rule-based drafter
 * after {@code breakerFailures} failed drafts in a row, for {@code breakerOpenFor}. Thread-safe.
 */
class LlmClient {

    /** What one call returned. */
    record Completion(String text, int inputTokens, int outputTokens, String model) {}

    /** The model could not be used: the reason is safe to log and to record on the plan. */
    static final class Unavailable extends Exception {
        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final ChatModel model;
    private final LlmSettings settings;
    private final Clock clock;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;

    LlmClient(ChatModel model, LlmSettings settings, Clock clock) {
        this.model = model;
        this.settings = settings;
        this.clock = clock;
    }

    /** The LangChain4j model for the configured provider; retries are ours, so the model's own are off. */
    static ChatModel model(LlmSettings s) {
        switch (s.chosen()) {
            case OPENAI:
            case AZURE_OPENAI:
                OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                        .baseUrl(s.baseUrl() == null ? "https://api.openai.com/v1" : s.baseUrl())
                        .modelName(s.model()).timeout(s.timeout()).maxRetries(0).temperature(s.temperature())
                        .maxTokens(s.maxTokens()).strictJsonSchema(s.jsonSchema());
                if (s.chosen() == LlmSettings.Provider.AZURE_OPENAI) {
                    // Azure OpenAI's v1 API (https://RESOURCE.openai.azure.com/openai/v1) takes the key as a bearer
                    // token, like OpenAI, or in its own api-key header; both are sent
                    b.apiKey(s.apiKey()).customHeaders(Map.of("api-key", s.apiKey()));
                } else {
                    b.apiKey(s.apiKey() == null ? "none" : s.apiKey());
                }
                return b.build();
            case OLLAMA:
                return OllamaChatModel.builder().baseUrl(s.baseUrl()).modelName(s.model()).timeout(s.timeout()).maxRetries(0)
                        .temperature(s.temperature()).numPredict(s.maxTokens()).build();
            default:
                throw new IllegalStateException("no language model is configured");
        }
    }

    /** False while the circuit is open: the caller should not try the model at all. */
    synchronized boolean available() {
        return !clock.instant().isBefore(openUntil);
    }

    /** A draft that used the model came out well (or badly: then it counts towards opening the circuit). */
    synchronized void outcome(boolean ok) {
        if (ok) {
            failuresInARow = 0;
            return;
        }
        if (++failuresInARow >= settings.breakerFailures()) {
            openUntil = clock.instant().plus(settings.breakerOpenFor());
            failuresInARow = 0;
        }
    }

    Completion complete(List<ChatMessage> messages, ResponseFormat format) throws Unavailable {
        ChatRequest request = ChatRequest.builder().messages(messages).responseFormat(format).build();
        Duration wait = settings.backoff();
        for (int attempt = 0; ; attempt++) {
            try {
                ChatResponse response = model.chat(request);
                var usage = response.tokenUsage();
                return new Completion(response.aiMessage().text(),
                        usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                        usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
                        response.modelName() == null ? settings.model() : response.modelName());
            } catch (RuntimeException e) {
                boolean retriable = retriable(e);
                if (!retriable || attempt >= settings.retries()) {
                    throw new Unavailable(reason(e), e);
                }
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof HttpException h) {
                return h.statusCode() == 429 || h.statusCode() >= 500;
            }
        }
        return false;
    }

    /** A short reason without the model's or the server's text (which could echo the prompt). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return "the model answered HTTP " + h.statusCode();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return "the model did not answer in time";
            }
        }
        return "the model could not be reached (" + e.getClass().getSimpleName() + ")";
    }

    private static void sleep(Duration d) throws Unavailable {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }
}
