package org.whatmatters.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {

    /** Reads the theme taxonomy data file once. */
    @org.springframework.context.annotation.Bean
    org.whatmatters.nlp.TextAnalyzer textAnalyzer() {
        return new org.whatmatters.nlp.TextAnalyzer(org.whatmatters.nlp.Taxonomy.load());
    }
}
