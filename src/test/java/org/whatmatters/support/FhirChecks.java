package org.whatmatters.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI FHIR's R4 validator, built once per test JVM (its first run loads the R4 definitions). */
public final class FhirChecks {

    private static FhirContext context;
    private static FhirValidator validator;

    private FhirChecks() {}

    public static synchronized FhirContext context() {
        if (context == null) {
            context = FhirContext.forR4();
        }
        return context;
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext ctx = context();
            ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx));
            validator = ctx.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** Fails with every error and fatal message the validator reports. */
    public static ValidationResult assertValid(IBaseResource resource) {
        ValidationResult result = validator().validateWithResult(resource);
        List<SingleValidationMessage> bad = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
        assertThat(bad).as("validation errors:%n%s", bad.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                .collect(Collectors.joining("\n"))).isEmpty();
        return result;
    }

    public static ValidationResult validate(IBaseResource resource) {
        return validator().validateWithResult(resource);
    }
}
