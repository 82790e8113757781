package dev.upright.plan.fhir;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI's validator, offline: the R4 XML schemas (structure, cardinalities, data types, code formats) and the R4
 * Schematron rules (each resource's invariants), both from the R4 validation resources. The Bundle's own rules do
 * not reach into its entries, so each entry's resource is validated as well.
 */
public final class FhirValidation {

    public static final FhirContext R4 = FhirContext.forR4();

    private static final FhirValidator VALIDATOR = R4.newValidator()
            .setValidateAgainstStandardSchema(true)
            .setValidateAgainstStandardSchematron(true);

    public record Outcome(List<SingleValidationMessage> errors, List<SingleValidationMessage> warnings) {
    }

    private FhirValidation() {
    }

    public static Outcome validate(String json) {
        return validate(R4.newJsonParser().parseResource(Bundle.class, json));
    }

    public static Outcome validate(Bundle bundle) {
        List<SingleValidationMessage> messages = new ArrayList<>(VALIDATOR.validateWithResult(bundle).getMessages());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            messages.addAll(VALIDATOR.validateWithResult(entry.getResource()).getMessages());
        }
        List<SingleValidationMessage> errors = messages.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
        List<SingleValidationMessage> warnings = messages.stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING).toList();
        return new Outcome(errors, warnings);
    }
}
