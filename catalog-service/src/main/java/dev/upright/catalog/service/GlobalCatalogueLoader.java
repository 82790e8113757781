package dev.upright.catalog.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.upright.catalog.domain.Equipment;
import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.domain.ExerciseChecks;
import dev.upright.catalog.domain.Muscle;
import dev.upright.catalog.events.ExerciseEvents;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.contracts.catalog.Household;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the database's global catalogue up to the file shipped with the service, once per file version.
 * Several instances may start together: an advisory lock lets one load while the others wait and then
 * find the version already recorded.
 */
@ApplicationScoped
public class GlobalCatalogueLoader {

    private static final Logger LOG = Logger.getLogger(GlobalCatalogueLoader.class);
    private static final String CATALOGUE = "global";
    /** Any constant works, as long as nothing else in this database uses it. */
    private static final long LOCK_KEY = 0x0C47A106L;

    @Inject
    EntityManager em;

    @Inject
    ExerciseEvents events;

    @Inject
    ExerciseSearch search;

    @Inject
    ReferenceData referenceData;

    void onStart(@Observes StartupEvent started) {
        load(GlobalCatalogueFile.read());
        // After the commit: a copy read before it could hold the previous file's muscles and equipment
        referenceData.refresh();
    }

    /** @return how many global exercises changed (0 when this file version was loaded before) */
    @Transactional
    public int load(GlobalCatalogueFile file) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        List<?> loaded = em.createNativeQuery("select version from catalogue_version where catalogue = :c")
                .setParameter("c", CATALOGUE).getResultList();
        if (!loaded.isEmpty() && ((Number) loaded.getFirst()).longValue() >= file.version()) {
            return 0;
        }
        upsertReferenceData(file);
        checkEntries(file);

        Map<UUID, Exercise> stored = Exercise.listGlobal().stream().collect(Collectors.toMap(e -> e.id, e -> e));
        Map<Exercise, ExerciseChanged.Change> changes = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (var entry : file.exercises()) {
            Exercise exercise = stored.remove(entry.id());
            ExerciseChanged before = null;
            if (exercise == null) {
                exercise = new Exercise();
                exercise.id = entry.id();
                exercise.createdAt = now;
            } else {
                before = ExerciseEvents.snapshot(exercise, ExerciseChanged.Change.UPDATED, now);
            }
            // The id is the identity; the slug of the file wins (the first seed named one exercise differently)
            exercise.slug = entry.slug();
            exercise.retired = false;
            ExerciseService.apply(file.draftOf(entry), exercise);
            if (before == null) {
                exercise.persist();
                changes.put(exercise, ExerciseChanged.Change.CREATED);
            } else if (!before.equals(ExerciseEvents.snapshot(exercise, ExerciseChanged.Change.UPDATED, now))) {
                changes.put(exercise, ExerciseChanged.Change.UPDATED);
            }
        }
        for (Exercise dropped : stored.values()) {
            if (!dropped.retired) {
                dropped.retired = true;
                dropped.updatedAt = now;
                changes.put(dropped, ExerciseChanged.Change.RETIRED);
            }
        }
        em.flush();
        search.refreshSearchText(changes.keySet().stream().map(e -> e.id).toList());
        changes.forEach(events::changed);
        em.createNativeQuery("""
                insert into catalogue_version (catalogue, version, loaded_at) values (:c, :v, now())
                on conflict (catalogue) do update set version = excluded.version, loaded_at = excluded.loaded_at""")
                .setParameter("c", CATALOGUE).setParameter("v", file.version()).executeUpdate();
        LOG.infof("Global catalogue version %d loaded: %d exercises changed", file.version(), changes.size());
        return changes.size();
    }

    private void upsertReferenceData(GlobalCatalogueFile file) {
        for (var entry : file.muscles()) {
            Muscle muscle = Objects.requireNonNullElseGet(Muscle.findById(entry.code()), Muscle::new);
            muscle.code = entry.code();
            muscle.name = entry.name();
            muscle.region = entry.region();
            muscle.persist();
        }
        for (var entry : file.equipment()) {
            Equipment equipment = Objects.requireNonNullElseGet(Equipment.findById(entry.code()), Equipment::new);
            equipment.code = entry.code();
            equipment.name = entry.name();
            equipment.household = entry.household();
            equipment.persist();
        }
        em.flush();
    }

    /** A broken file must stop the service rather than seed a half-valid catalogue. */
    private static void checkEntries(GlobalCatalogueFile file) {
        Set<String> muscles = file.muscles().stream().map(GlobalCatalogueFile.MuscleEntry::code).collect(Collectors.toSet());
        Set<String> equipment = file.equipment().stream().map(GlobalCatalogueFile.EquipmentEntry::code)
                .collect(Collectors.toSet());
        var problems = new ArrayList<String>();
        // Search and plan generation take Household.ITEMS as had; the flag shown to clients must say the same
        Set<String> household = file.equipment().stream().filter(GlobalCatalogueFile.EquipmentEntry::household)
                .map(GlobalCatalogueFile.EquipmentEntry::code).collect(Collectors.toSet());
        if (!household.equals(Household.ITEMS)) {
            problems.add("equipment.household: marks " + household + ", but the household items are " + Household.ITEMS);
        }
        for (var entry : file.exercises()) {
            ExerciseChecks.check(file.draftOf(entry), muscles, equipment)
                    .forEach(error -> problems.add(entry.slug() + "." + error.field() + ": " + error.message()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Global catalogue " + GlobalCatalogueFile.RESOURCE + " is invalid: " + problems);
        }
    }
}
