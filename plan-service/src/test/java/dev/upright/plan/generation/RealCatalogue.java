package dev.upright.plan.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.PrescribedDose;
import dev.upright.plan.service.CatalogueSnapshot;

/**
 * The global catalogue exactly as production plans see it: catalog-service's seed file, mapped by the
 * read model's own {@link CatalogueSnapshot}. Read from the repository, so a change to the file is
 * checked here the moment it is made.
 */
final class RealCatalogue {

    private static final Path FILE = Path.of("..", "catalog-service", "src", "main", "resources", "catalog",
            "global-catalogue.json");
    private static Catalogue loaded;

    private RealCatalogue() {
    }

    static synchronized Catalogue get() {
        if (loaded == null) loaded = CatalogueSnapshot.of(read());
        return loaded;
    }

    private static List<CatalogueExercise> read() {
        JsonNode file;
        try {
            file = new ObjectMapper().readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("The global catalogue file is read from " + FILE.toAbsolutePath(), e);
        }
        Map<String, UUID> ids = new HashMap<>();
        file.get("exercises").forEach(e -> ids.put(e.get("slug").asText(), UUID.fromString(e.get("id").asText())));
        List<CatalogueExercise> out = new ArrayList<>();
        for (JsonNode e : file.get("exercises")) {
            CatalogueExercise row = new CatalogueExercise();
            row.exerciseId = ids.get(e.get("slug").asText());
            row.slug = e.get("slug").asText();
            row.name = e.get("name").asText();
            row.category = e.get("category").asText();
            row.movement = e.get("movement").asText();
            row.difficulty = e.get("difficulty").asText();
            row.equipment = texts(e.get("equipment"));
            row.setups = RealCatalogue.setups(e);
            row.primaryMuscles = texts(e.get("primaryMuscles"));
            row.secondaryMuscles = texts(e.get("secondaryMuscles"));
            row.dose = dose(e.get("dose"));
            row.easierId = e.path("easier").isTextual() ? ids.get(e.get("easier").asText()) : null;
            row.harderId = e.path("harder").isTextual() ? ids.get(e.get("harder").asText()) : null;
            row.version = 1;
            out.add(row);
        }
        return out;
    }

    private static List<ExerciseChanged.Setup> setups(JsonNode exercise) {
        if (!exercise.has("setups")) return null;
        List<ExerciseChanged.Setup> out = new ArrayList<>();
        exercise.get("setups").forEach(s -> out.add(new ExerciseChanged.Setup(List.of(texts(s.get("equipment"))),
                s.path("note").isTextual() ? s.get("note").asText() : null)));
        return out;
    }

    private static PrescribedDose dose(JsonNode dose) {
        if (dose == null || dose.isNull()) return null;
        return new PrescribedDose(integer(dose, "sets"), integer(dose, "reps"), integer(dose, "seconds"),
                integer(dose, "holdSeconds"), integer(dose, "repetitions"),
                dose.has("minutes") ? dose.get("minutes").decimalValue() : (BigDecimal) null);
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static String[] texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out.toArray(String[]::new);
    }
}
