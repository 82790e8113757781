package dev.upright.plan.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A client's program as a FHIR R4 {@code collection} Bundle: the client as Patient, each plan as CarePlan with one
 * activity detail per prescribed exercise, each catalogue exercise used as ActivityDefinition, and each logged
 * exercise result as an Observation of the pain felt, with effort and completion as its components.
 * Plain Java over plain values, so the mapping is tested without a database.
 */
public final class FhirProgram {

    /** Code systems of the platform's own codes: no standard terminology names exercises or these results. */
    public static final String EXERCISE_SYSTEM = "urn:upright:exercise";
    public static final String OBSERVATION_SYSTEM = "urn:upright:observation";
    public static final String PAIN_KIND_SYSTEM = "urn:upright:pain-kind";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    public record Person(UUID id, String displayName, String email, String phone) {
    }

    /** A plan; {@code status} draft, active or superseded as the plan API has it. */
    public record Program(UUID id, String status, Instant createdAt, Instant activatedAt, Instant supersededAt,
                          int weeks, int sessionsPerWeek, List<Item> items) {
    }

    /** One prescribed exercise; {@code week} and {@code session} null for the daily posture breaks. */
    public record Item(Integer week, Integer session, String block, UUID exerciseId, String slug, String name,
                       String dose, boolean paused) {
    }

    public record Exercise(UUID id, String slug, String name, String category, List<String> instructions,
                           boolean retired) {
    }

    /** How one exercise went in one logged session. */
    public record Result(UUID id, UUID planId, UUID exerciseId, Instant performedAt, boolean completedAsPrescribed,
                         Integer rpe, int painScore, String painKind) {
    }

    private FhirProgram() {
    }

    /**
     * @param exercises the catalogue entries of the exercises the programs and results name; one missing (not known
     *                  to the catalogue read model) is described from the plan's own row instead
     */
    public static Bundle bundle(Person person, List<Program> programs, List<Exercise> exercises, List<Result> results,
                                Instant at) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(at));
        add(bundle, patient(person));

        Map<UUID, Exercise> known = new LinkedHashMap<>();
        exercises.forEach(e -> known.put(e.id(), e));
        Map<UUID, Exercise> used = new LinkedHashMap<>();
        for (Program program : programs) {
            add(bundle, carePlan(person.id(), program));
            for (Item item : program.items()) {
                used.computeIfAbsent(item.exerciseId(), id -> known.getOrDefault(id,
                        new Exercise(id, item.slug(), item.name(), null, List.of(), false)));
            }
        }
        used.values().forEach(e -> add(bundle, activityDefinition(e)));

        Map<UUID, String> names = new LinkedHashMap<>();
        used.values().forEach(e -> names.put(e.id(), e.name()));
        known.values().forEach(e -> names.putIfAbsent(e.id(), e.name()));
        results.forEach(r -> add(bundle, observation(person.id(), r, names.get(r.exerciseId()))));
        return bundle;
    }

    static Patient patient(Person person) {
        Patient patient = new Patient();
        patient.setId(person.id().toString());
        patient.setActive(true);
        patient.addName().setText(person.displayName());
        if (person.email() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(person.email());
        }
        if (person.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(person.phone());
        }
        return patient;
    }

    static CarePlan carePlan(UUID patientId, Program program) {
        CarePlan plan = new CarePlan();
        plan.setId(program.id().toString());
        plan.setStatus(switch (program.status()) {
            case "active" -> CarePlan.CarePlanStatus.ACTIVE;
            case "draft" -> CarePlan.CarePlanStatus.DRAFT;
            // A superseded plan was followed to its end and replaced by the next one
            default -> CarePlan.CarePlanStatus.COMPLETED;
        });
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Exercise program");
        plan.setDescription(program.weeks() + (program.weeks() == 1 ? " week, " : " weeks, ")
                + program.sessionsPerWeek() + (program.sessionsPerWeek() == 1 ? " session" : " sessions") + " a week");
        plan.setSubject(reference(patientId));
        plan.setCreated(Date.from(program.createdAt()));
        if (program.activatedAt() != null) {
            Period period = new Period().setStartElement(dateTime(program.activatedAt()));
            if (program.supersededAt() != null) {
                period.setEndElement(dateTime(program.supersededAt()));
            }
            plan.setPeriod(period);
        }
        for (Item item : program.items()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
            detail.addInstantiatesCanonical(canonical(item.exerciseId()));
            detail.setCode(exerciseCode(item.exerciseId(), item.name()));
            detail.setStatus(activityStatus(program.status(), item.paused()));
            detail.setScheduled(new StringType(item.week() == null ? "Daily posture break"
                    : "Week " + item.week() + ", session " + item.session()));
            detail.setDescription(capitalised(item.block()) + ": " + item.dose());
        }
        return plan;
    }

    private static CarePlan.CarePlanActivityStatus activityStatus(String planStatus, boolean paused) {
        if (paused) {
            return CarePlan.CarePlanActivityStatus.ONHOLD;
        }
        return switch (planStatus) {
            case "active" -> CarePlan.CarePlanActivityStatus.INPROGRESS;
            case "draft" -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
            default -> CarePlan.CarePlanActivityStatus.STOPPED;
        };
    }

    static ActivityDefinition activityDefinition(Exercise exercise) {
        ActivityDefinition definition = new ActivityDefinition();
        definition.setId(exercise.id().toString());
        definition.setUrl(canonical(exercise.id()));
        definition.setStatus(exercise.retired() ? PublicationStatus.RETIRED : PublicationStatus.ACTIVE);
        definition.setTitle(exercise.name());
        definition.setDescription(exercise.instructions().isEmpty() ? exercise.name()
                : String.join("\n\n", exercise.instructions()));
        if (exercise.category() != null) {
            definition.addTopic().setText(exercise.category());
        }
        definition.setKind(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST);
        definition.setCode(exerciseCode(exercise.id(), exercise.name()));
        return definition;
    }

    static Observation observation(UUID patientId, Result result, String exerciseName) {
        Observation observation = new Observation();
        observation.setId(result.id().toString());
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory().addCoding(new Coding(OBSERVATION_CATEGORY, "activity", "Activity"));
        observation.setCode(code(OBSERVATION_SYSTEM, "exercise-pain", "Pain during an exercise (0 to 10)"));
        observation.setSubject(reference(patientId));
        observation.addBasedOn(reference(result.planId()));
        observation.setEffective(dateTime(result.performedAt()));
        observation.setValue(new IntegerType(result.painScore()));
        observation.addComponent().setCode(code(OBSERVATION_SYSTEM, "exercise", "Exercise"))
                .setValue(exerciseCode(result.exerciseId(), exerciseName));
        if (result.rpe() != null) {
            observation.addComponent().setCode(code(OBSERVATION_SYSTEM, "rpe", "Rate of perceived exertion (0 to 10)"))
                    .setValue(new IntegerType(result.rpe()));
        }
        observation.addComponent().setCode(code(OBSERVATION_SYSTEM, "completed-as-prescribed", "Completed as prescribed"))
                .setValue(new BooleanType(result.completedAsPrescribed()));
        if (result.painKind() != null) {
            observation.addComponent().setCode(code(OBSERVATION_SYSTEM, "pain-kind", "Kind of pain"))
                    .setValue(code(PAIN_KIND_SYSTEM, result.painKind(), null));
        }
        return observation;
    }

    /** The canonical URL of a catalogue exercise's ActivityDefinition. */
    static String canonical(UUID exerciseId) {
        return EXERCISE_SYSTEM + ":" + exerciseId;
    }

    private static CodeableConcept exerciseCode(UUID exerciseId, String name) {
        return code(EXERCISE_SYSTEM, exerciseId.toString(), name);
    }

    private static CodeableConcept code(String system, String code, String display) {
        CodeableConcept concept = new CodeableConcept().addCoding(new Coding(system, code, display));
        return display == null ? concept : concept.setText(display);
    }

    private static Reference reference(UUID id) {
        return new Reference(fullUrl(id));
    }

    private static String fullUrl(UUID id) {
        return "urn:uuid:" + id;
    }

    private static DateTimeType dateTime(Instant at) {
        DateTimeType value = new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND);
        value.setTimeZoneZulu(true);
        return value;
    }

    private static String capitalised(String block) {
        return block.isEmpty() ? block : Character.toUpperCase(block.charAt(0)) + block.substring(1);
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl(UUID.fromString(resource.getIdElement().getIdPart()))).setResource(resource);
    }
}
