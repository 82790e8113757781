package dev.upright.catalog.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.domain.ExerciseChecks;
import dev.upright.catalog.domain.ExerciseDraft;
import dev.upright.catalog.domain.MuscleWork;
import dev.upright.catalog.domain.ProgressionChains;
import dev.upright.catalog.domain.Setup;
import dev.upright.catalog.domain.Vocabulary;
import dev.upright.catalog.events.ExerciseEvents;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.support.tenancy.TokenTenantResolver;
import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

/** Reads and writes of the catalogue. Every write checks the whole request first and is one transaction. */
@ApplicationScoped
public class ExerciseService {

    @Inject
    TenantContext tenancy;

    @Inject
    ExerciseEvents events;

    @Inject
    ExerciseSearch search;

    @Inject
    ReferenceData referenceData;

    public ExerciseSearch.Result search(ExerciseQuery query) {
        var errors = new ArrayList<FieldError>();
        filter("category", query.category(), Vocabulary.CATEGORIES, errors);
        filter("difficulty", query.difficulty(), Vocabulary.DIFFICULTIES, errors);
        filter("movement", query.movement(), Vocabulary.MOVEMENTS, errors);
        query.muscles().forEach(m -> filter("muscle", m, referenceData.muscleCodes(), errors));
        query.equipment().forEach(e -> filter("equipment", e, referenceData.equipmentCodes(), errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().distinct().toList());
        }
        return search.search(query, tenancy.tenant().orElse(TokenTenantResolver.NO_TENANT));
    }

    /** The exercises with these ids, whoever owns them: for callers that got the ids from {@link #search}. */
    public List<Exercise> load(Collection<UUID> ids) {
        return search.load(ids);
    }

    /** Retired exercises stay readable by id, so plans that use them keep working. */
    public Exercise get(UUID id) {
        return Exercise.findVisible(id, tenancy.tenant().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("Exercise", id));
    }

    /** Creates a clinic's own exercise and announces it in the same transaction. */
    @Transactional
    public Exercise create(ExerciseDraft draft) {
        String tenant = tenancy.requireTenant();
        UUID id = UUID.randomUUID();
        validate(draft, id, tenant);
        String slug = slugOf(draft.name());
        if (Exercise.slugTaken(slug, tenant)) {
            throw ProblemException.conflict("Your clinic already has an exercise named like '" + draft.name() + "'.");
        }
        var exercise = new Exercise();
        exercise.id = id;
        exercise.tenantId = tenant;
        exercise.slug = slug;
        exercise.createdAt = Instant.now();
        apply(draft, exercise);
        exercise.persist();
        return saved(exercise, ExerciseChanged.Change.CREATED);
    }

    /** Replaces a clinic exercise, only if the caller saw its current version. */
    @Transactional
    public Exercise update(UUID id, long expectedVersion, ExerciseDraft draft) {
        Exercise exercise = ownedForWriting(id, expectedVersion);
        if (exercise.retired) {
            throw ProblemException.conflict("Exercise " + id + " is retired; create a new one instead of editing it.");
        }
        validate(draft, id, exercise.tenantId);
        apply(draft, exercise);
        return saved(exercise, ExerciseChanged.Change.UPDATED);
    }

    /** Retires a clinic exercise: gone from search, still readable by id. Retiring twice changes nothing. */
    @Transactional
    public void retire(UUID id, Long expectedVersion) {
        Exercise exercise = ownedForWriting(id, expectedVersion);
        if (exercise.retired) {
            return;
        }
        exercise.retired = true;
        exercise.updatedAt = Instant.now();
        saved(exercise, ExerciseChanged.Change.RETIRED);
    }

    private Exercise ownedForWriting(UUID id, Long expectedVersion) {
        String tenant = tenancy.requireTenant();
        Exercise exercise = Exercise.findVisible(id, tenant).orElseThrow(() -> ProblemException.notFound("Exercise", id));
        if (exercise.isGlobal()) {
            throw ProblemException.forbidden("Global exercises are read-only; create a clinic variation instead.");
        }
        if (expectedVersion != null && expectedVersion != exercise.version) {
            throw staleVersion(id, expectedVersion, exercise.version);
        }
        return exercise;
    }

    private Exercise saved(Exercise exercise, ExerciseChanged.Change change) {
        try {
            Exercise.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Exercise " + exercise.id + " was changed meanwhile; read it again.");
        }
        search.refreshSearchText(List.of(exercise.id));
        events.changed(exercise, change);
        return exercise;
    }

    private static ProblemException staleVersion(UUID id, long expected, long current) {
        return ProblemException.conflict("Exercise " + id + " is at version " + current + ", not " + expected
                + "; read it again and reapply your change.");
    }

    private void validate(ExerciseDraft draft, UUID id, String tenant) {
        var errors = new ArrayList<>(ExerciseChecks.check(draft, referenceData.muscleCodes(), referenceData.equipmentCodes()));
        boolean linksExist = variationExists(ProgressionChains.EASIER, draft.easierId(), tenant, errors)
                & variationExists(ProgressionChains.HARDER, draft.harderId(), tenant, errors);
        if (linksExist) {
            var links = new ProgressionChains.Links(draft.easierId(), draft.harderId());
            for (String field : ProgressionChains.loopingLinks(Exercise.chainLinksVisibleTo(tenant), id, links)) {
                errors.add(new FieldError(field, "would make the progression chain loop back to this exercise"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean variationExists(String field, UUID variation, String tenant, List<FieldError> errors) {
        if (variation == null) {
            return true;
        }
        var found = Exercise.findVisible(variation, tenant);
        if (found.isEmpty() || found.get().retired) {
            errors.add(new FieldError(field, "no active exercise " + variation + " in your catalogue"));
            return false;
        }
        return true;
    }

    static void apply(ExerciseDraft draft, Exercise exercise) {
        exercise.name = draft.name().strip();
        exercise.category = draft.category();
        exercise.movement = draft.movement();
        exercise.difficulty = draft.difficulty();
        var muscles = new LinkedHashSet<MuscleWork>();
        draft.primaryMuscles().forEach(m -> muscles.add(new MuscleWork(m, MuscleWork.PRIMARY)));
        draft.secondaryMuscles().forEach(m -> muscles.add(new MuscleWork(m, MuscleWork.SECONDARY)));
        // Change the managed collections in place, so Hibernate writes only what differs
        exercise.muscles.retainAll(muscles);
        exercise.muscles.addAll(muscles);
        List<Setup> setups = draft.setupsOrEquipment().stream().map(Setup::sorted).toList();
        if (!setups.equals(exercise.setups)) {
            exercise.setups = new ArrayList<>(setups);
        }
        List<String> first = setups.getFirst().equipment();
        exercise.equipment.retainAll(first);
        exercise.equipment.addAll(first);
        exercise.instructions = draft.instructions().toArray(String[]::new);
        exercise.cues = draft.cues().toArray(String[]::new);
        exercise.cautions = draft.cautions().toArray(String[]::new);
        exercise.dose = draft.dose();
        exercise.easierId = draft.easierId();
        exercise.harderId = draft.harderId();
        exercise.updatedAt = Instant.now();
    }

    private static void filter(String param, String value, Set<String> allowed, List<FieldError> errors) {
        if (value != null && !value.isBlank() && !allowed.contains(value)) {
            errors.add(new FieldError(param, "unknown value '" + value + "'"));
        }
    }

    static String slugOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
