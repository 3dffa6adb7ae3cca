package org.whatmatters.flow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlowSettings.class)
class FlowConfiguration {

    @Bean
    FlowEngine flowEngine() {
        return new FlowEngine();
    }

    @Bean
    DefaultFlow defaultFlow(FlowSettings settings) {
        return new DefaultFlow(settings.defaultFlow());
    }
}
