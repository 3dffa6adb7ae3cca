package org.whatmatters.conversation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatmatters.nlp.TextPipeline;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    /** The OpenNLP models (sentences, tokens, lemmas, language), loaded once. */
    @Bean
    TextPipeline textPipeline() {
        return TextPipeline.load();
    }
}
