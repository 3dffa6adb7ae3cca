package org.whatmatters.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatmatters.nlp.Embeddings;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    /** Phrase rules, then the model by meaning; the reviewed statements are embedded here, once. */
    @Bean
    SafetyCheck safetyCheck(Embeddings embeddings) {
        return new SafetyCheck(embeddings);
    }
}
