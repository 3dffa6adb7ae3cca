package org.whatmatters.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    @Bean
    SafetyCheck safetyCheck() {
        return new SafetyCheck();
    }
}
