package dev.upright.catalog.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.catalog.domain.Dose;
import dev.upright.catalog.domain.ExerciseDraft;
import dev.upright.catalog.domain.Setup;

/**
 * The global catalogue as shipped with the service ({@value #RESOURCE}): the source of truth for the
 * exercises of the guide, muscles and equipment. Raise {@code version} whenever the file changes.
 */
public record GlobalCatalogueFile(long version, List<MuscleEntry> muscles, List<EquipmentEntry> equipment,
        List<ExerciseEntry> exercises) {

    public static final String RESOURCE = "catalog/global-catalogue.json";

    public record MuscleEntry(String code, String name, String region) {
    }

    /** {@code household}: every home has it; must be set exactly for the contracts' {@code Household.ITEMS}. */
    public record EquipmentEntry(String code, String name, boolean household) {
    }

    /**
     * Progression links name other exercises of the file by slug. {@code setups} may be left out, as in the API:
     * the exercise then has one setup, {@code equipment}.
     */
    public record ExerciseEntry(UUID id, String slug, String name, String category, String movement,
            String difficulty, List<String> primaryMuscles, List<String> secondaryMuscles, List<String> equipment,
            List<String> instructions, List<String> cues, List<String> cautions, Dose dose, String easier,
            String harder, List<Setup> setups) {
    }

    public static GlobalCatalogueFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Global catalogue " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, GlobalCatalogueFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Global catalogue " + RESOURCE + " cannot be read", e);
        }
    }

    public Map<String, UUID> idsBySlug() {
        return exercises.stream().collect(Collectors.toMap(ExerciseEntry::slug, ExerciseEntry::id));
    }

    public Map<String, ExerciseEntry> bySlug() {
        return exercises.stream().collect(Collectors.toMap(ExerciseEntry::slug, Function.identity()));
    }

    /** The entry as a draft, with its slug links turned into ids. */
    public ExerciseDraft draftOf(ExerciseEntry e) {
        Map<String, UUID> ids = idsBySlug();
        return new ExerciseDraft(e.name(), e.category(), e.movement(), e.difficulty(), e.primaryMuscles(),
                e.secondaryMuscles(), e.equipment(), e.instructions(), e.cues(), e.cautions(), e.dose(),
                e.easier() == null ? null : ids.get(e.easier()), e.harder() == null ? null : ids.get(e.harder()),
                e.setups());
    }
}
