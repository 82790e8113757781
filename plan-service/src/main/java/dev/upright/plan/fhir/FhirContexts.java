package dev.upright.plan.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ca.uhn.fhir.context.FhirContext;

/** The one R4 context of the service: building it scans the whole model, so it is made once and shared. */
@ApplicationScoped
public class FhirContexts {

    @Produces
    @Singleton
    FhirContext r4() {
        return FhirContext.forR4();
    }
}
