package org.whatmatters.community;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.TextAnalyzer;

@Configuration(proxyBeanMethods = false)
class CommunityConfiguration {

    /** Reads and checks the directory once at start-up (a broken file stops the service with a clear message). */
    @Bean
    Directory communityDirectory(TextAnalyzer analyzer, Embeddings embeddings) {
        return Directory.load(analyzer.taxonomy().keys(), embeddings);
    }
}
