package org.whatmatters.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.Taxonomy;
import org.whatmatters.nlp.TextAnalyzer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PlanSettings.class, LlmSettings.class})
class PlanConfiguration {

    /** Reads the theme taxonomy data file once and embeds its example sentences. */
    @Bean
    TextAnalyzer textAnalyzer(Embeddings embeddings) {
        return new TextAnalyzer(Taxonomy.load(), embeddings);
    }
}
