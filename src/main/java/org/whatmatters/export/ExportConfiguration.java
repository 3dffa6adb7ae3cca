package org.whatmatters.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    FhirExporter fhirExporter() {
        return new FhirExporter();
    }

    @Bean
    PdfExporter pdfExporter() {
        return new PdfExporter();
    }
}
