package dev.upright.plan.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class FhirProgramTest {

    private static final UUID CLIENT = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e01");
    private static final UUID OLD_PLAN = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e02");
    private static final UUID PLAN = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e03");
    private static final UUID ROW = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e04");
    private static final UUID CHIN_TUCK = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e05");
    private static final UUID UNKNOWN = UUID.fromString("7d3c0e0a-2f40-4f55-9a8e-0a1b2c3d4e06");
    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    private static Bundle sample() {
        var person = new FhirProgram.Person(CLIENT, "Paula Posture", "paula@example.org", null);
        var old = new FhirProgram.Program(OLD_PLAN, "superseded", CREATED, CREATED.plusSeconds(60),
                Instant.parse("2026-11-20T10:00:00Z"), 4, 2,
                List.of(new FhirProgram.Item(1, 1, "strengthening", ROW, "band-row", "Band row", "2 × 10 reps", false)));
        var current = new FhirProgram.Program(PLAN, "active", Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T10:00:00Z"), null, 4, 2, List.of(
                new FhirProgram.Item(1, 1, "warm-up", UNKNOWN, "arm-circles", "Arm circles", "1 min", false),
                new FhirProgram.Item(1, 1, "strengthening", ROW, "band-row", "Band row", "3 × 10 reps", true),
                new FhirProgram.Item(null, null, "posture-break", CHIN_TUCK, "chin-tuck", "Chin tuck",
                        "1 × 5 holds of 5 s", false)));
        var exercises = List.of(
                new FhirProgram.Exercise(ROW, "band-row", "Band row", "strength", List.of("Pull the band to your ribs."), false),
                new FhirProgram.Exercise(CHIN_TUCK, "chin-tuck", "Chin tuck", "mobility", List.of(), true));
        var results = List.of(
                new FhirProgram.Result(UUID.randomUUID(), PLAN, ROW, Instant.parse("2026-11-21T18:30:00Z"), true, 6, 2,
                        "mild-tension"),
                new FhirProgram.Result(UUID.randomUUID(), PLAN, CHIN_TUCK, Instant.parse("2026-11-22T18:30:00Z"), false,
                        null, 0, null));
        return FhirProgram.bundle(person, List.of(old, current), exercises, results, Instant.parse("2026-11-23T08:00:00Z"));
    }

    @Test
    void shouldValidateWithZeroErrors() {
        String json = FhirValidation.R4.newJsonParser().encodeResourceToString(sample());

        FhirValidation.Outcome outcome = FhirValidation.validate(json);

        assertThat(outcome.errors()).isEmpty();
        System.out.println("FHIR validation of the sample bundle: 0 errors, " + outcome.warnings().size() + " warnings");
    }

    @Test
    void shouldReportAnInvalidBundle() {
        Bundle broken = sample();
        // Missing required elements (the schemas) and a period ending before it starts (the invariant per-1)
        CarePlan plan = (CarePlan) broken.getEntry().get(1).getResource();
        plan.setIntent(null);
        plan.getPeriod().setEnd(java.util.Date.from(CREATED.minusSeconds(86_400)));
        ((Observation) broken.getEntry().get(broken.getEntry().size() - 1).getResource()).setStatus(null);

        List<String> errors = FhirValidation.validate(broken).errors().stream()
                .map(m -> m.getLocationString() + " " + m.getMessage()).toList();

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("intent"))
                .anySatisfy(e -> assertThat(e).contains("status"))
                .anySatisfy(e -> assertThat(e).contains("per-1"));
    }

    @Test
    void shouldPutThePatientFirstWithEveryEntryUnderItsUuid() {
        Bundle bundle = sample();

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry().get(0).getResource()).isInstanceOf(Patient.class);
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(CLIENT.toString());
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Paula Posture");
        assertThat(patient.getTelecom()).singleElement().extracting(t -> t.getValue()).isEqualTo("paula@example.org");
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl())
                .isEqualTo("urn:uuid:" + e.getResource().getIdElement().getIdPart()));
    }

    @Test
    void shouldMapEachPlanToACarePlanWithAnActivityPerExercise() {
        List<CarePlan> plans = of(sample(), CarePlan.class);

        assertThat(plans).extracting(CarePlan::getStatus)
                .containsExactly(CarePlan.CarePlanStatus.COMPLETED, CarePlan.CarePlanStatus.ACTIVE);
        CarePlan active = plans.get(1);
        assertThat(active.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(active.getSubject().getReference()).isEqualTo("urn:uuid:" + CLIENT);
        assertThat(active.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(active.getPeriod().hasEnd()).isFalse();
        assertThat(plans.get(0).getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(active.getActivity()).extracting(a -> a.getDetail().getScheduledStringType().getValue())
                .containsExactly("Week 1, session 1", "Week 1, session 1", "Daily posture break");
        var row = active.getActivity().get(1).getDetail();
        assertThat(row.getDescription()).isEqualTo("Strengthening: 3 × 10 reps");
        assertThat(row.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.ONHOLD);
        assertThat(row.getKind()).isEqualTo(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
        assertThat(row.getInstantiatesCanonical().get(0).getValue()).isEqualTo("urn:upright:exercise:" + ROW);
        assertThat(active.getActivity().get(0).getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.INPROGRESS);
    }

    @Test
    void shouldDefineEachExerciseUsedOnceFromTheCatalogueOrElseFromThePlanRow() {
        List<ActivityDefinition> definitions = of(sample(), ActivityDefinition.class);

        assertThat(definitions).extracting(ActivityDefinition::getTitle)
                .containsExactly("Band row", "Arm circles", "Chin tuck");
        assertThat(definitions.get(0).getDescription()).isEqualTo("Pull the band to your ribs.");
        assertThat(definitions.get(0).getUrl()).isEqualTo("urn:upright:exercise:" + ROW);
        assertThat(definitions.get(2).getStatus().toCode()).isEqualTo("retired");
        assertThat(definitions).allSatisfy(d -> assertThat(d.getKind()).isEqualTo(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST));
    }

    @Test
    void shouldRecordEachResultAsAPainObservationWithEffortAndCompletion() {
        List<Observation> observations = of(sample(), Observation.class);

        assertThat(observations).hasSize(2);
        Observation first = observations.get(0);
        assertThat(first.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(first.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("activity");
        assertThat(first.getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:upright:observation");
        assertThat(((IntegerType) first.getValue()).getValue()).isEqualTo(2);
        assertThat(first.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-21T18:30:00Z");
        assertThat(first.getBasedOnFirstRep().getReference()).isEqualTo("urn:uuid:" + PLAN);
        assertThat(first.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                .containsExactly("exercise", "rpe", "completed-as-prescribed", "pain-kind");
        assertThat(first.getComponent().get(0).getValueCodeableConcept().getText()).isEqualTo("Band row");
        assertThat(observations.get(1).getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                .containsExactly("exercise", "completed-as-prescribed");
    }

    @Test
    void shouldWriteDosesAsText() {
        assertThat(DoseText.of("reps", 3, 10, 5.0, null, null, null, null)).isEqualTo("3 × 10 reps at 5 kg");
        assertThat(DoseText.of("reps", 2, 8, 2.5, null, null, null, null)).isEqualTo("2 × 8 reps at 2.5 kg");
        assertThat(DoseText.of("hold", 1, null, null, 20, 3, null, null)).isEqualTo("1 × 3 holds of 20 s");
        assertThat(DoseText.of("timed", null, null, null, null, null, 5.0, null)).isEqualTo("5 min");
        assertThat(DoseText.of("duration", 3, null, null, null, null, null, 30)).isEqualTo("3 × 30 s");
    }

    private static <T extends Resource> List<T> of(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }
}
