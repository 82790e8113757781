package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.catalog.service.GlobalCatalogueFile;
import dev.upright.catalog.service.GlobalCatalogueLoader;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class GlobalCatalogueLoaderIT {

    @Inject
    GlobalCatalogueLoader loader;

    @Test
    void shouldLoadAFileVersionOnceAndBumpOnlyTheExercisesThatChanged() {
        GlobalCatalogueFile shipped = GlobalCatalogueFile.read();
        assertThat(loader.load(shipped)).as("same version again").isZero();

        String id = CatalogApi.idOf("stress-ball-squeeze");
        int before = get("sam", id).statusCode(200).extract().path("version");
        var edited = shipped.exercises().stream().map(e -> !e.slug().equals("stress-ball-squeeze") ? e
                : new GlobalCatalogueFile.ExerciseEntry(e.id(), e.slug(), e.name(), e.category(), e.movement(),
                        e.difficulty(), e.primaryMuscles(), e.secondaryMuscles(), e.equipment(), e.instructions(),
                        e.cues(), List.of("Stop if your fingers go numb."), e.dose(), e.easier(), e.harder(), e.setups()))
                .toList();
        var newer = new GlobalCatalogueFile(shipped.version() + 1, shipped.muscles(), shipped.equipment(), edited);

        assertThat(loader.load(newer)).isEqualTo(1);
        get("sam", id).statusCode(200).body("version", is(before + 1))
                .body("cautions", is(List.of("Stop if your fingers go numb.")));
        assertThat(CatalogApi.awaitEvent(id, "UPDATED", before + 1).value())
                .contains("Stop if your fingers go numb.");
        assertThat(loader.load(newer)).as("newer version again").isZero();
    }
}
