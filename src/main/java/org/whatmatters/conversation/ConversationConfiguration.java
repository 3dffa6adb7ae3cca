package org.whatmatters.conversation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.TextPipeline;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    /** The OpenNLP models (sentences, tokens, lemmas, language), loaded once. */
    @Bean
    TextPipeline textPipeline() {
        return TextPipeline.load();
    }

    /** The in-process sentence embedding model (used by the safety check and the themes), loaded once per process. */
    @Bean
    Embeddings embeddings() {
        return Embeddings.shared();
    }
}
