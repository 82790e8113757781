package dev.upright.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.upright.catalog.domain.ExerciseChecks;
import dev.upright.catalog.domain.ProgressionChains;
import dev.upright.contracts.catalog.Household;

/** The shipped catalogue file is checked without starting anything: a bad edit fails here first. */
class GlobalCatalogueFileTest {

    private final GlobalCatalogueFile file = GlobalCatalogueFile.read();

    @Test
    void shouldDescribeEveryExerciseValidly() {
        Set<String> muscles = file.muscles().stream().map(GlobalCatalogueFile.MuscleEntry::code).collect(Collectors.toSet());
        Set<String> equipment = file.equipment().stream().map(GlobalCatalogueFile.EquipmentEntry::code)
                .collect(Collectors.toSet());
        assertThat(file.exercises()).hasSize(36).allSatisfy(e -> {
            assertThat(ExerciseChecks.check(file.draftOf(e), muscles, equipment)).as(e.slug()).isEmpty();
            assertThat(e.primaryMuscles()).as(e.slug()).isNotEmpty();
            assertThat(e.instructions()).as(e.slug()).isNotEmpty();
            assertThat(e.dose()).as(e.slug()).isNotNull();
        });
        assertThat(file.exercises().stream().map(GlobalCatalogueFile.ExerciseEntry::id).distinct()).hasSize(36);
    }

    @Test
    void shouldMarkExactlyTheHouseholdItemsAsHousehold() {
        assertThat(file.equipment()).filteredOn(GlobalCatalogueFile.EquipmentEntry::household)
                .extracting(GlobalCatalogueFile.EquipmentEntry::code)
                .containsExactlyInAnyOrderElementsOf(Household.ITEMS);
    }

    @Test
    void shouldOfferARowToAClientOwningOnlyABandDumbbellsABarbellOrACable() {
        for (String owned : List.of("resistance-band", "dumbbells", "barbell", "cable")) {
            var had = new HashSet<>(Household.ITEMS);
            had.addAll(List.of(owned, "none"));
            assertThat(file.exercises()).as(owned).filteredOn(e -> e.movement().equals("row"))
                    .anySatisfy(e -> assertThat(file.draftOf(e).setupsOrEquipment())
                            .anySatisfy(setup -> assertThat(had).containsAll(setup.equipment())));
        }
    }

    @Test
    void shouldLinkProgressionChainsBothWaysWithoutLoops() {
        var bySlug = file.bySlug();
        var links = new HashMap<UUID, ProgressionChains.Links>();
        for (var e : file.exercises()) {
            var draft = file.draftOf(e);
            links.put(e.id(), new ProgressionChains.Links(draft.easierId(), draft.harderId()));
            if (e.harder() != null) {
                assertThat(bySlug).as(e.slug() + ".harder").containsKey(e.harder());
                assertThat(bySlug.get(e.harder()).easier()).as(e.harder() + ".easier").isEqualTo(e.slug());
            }
            if (e.easier() != null) {
                assertThat(bySlug).as(e.slug() + ".easier").containsKey(e.easier());
            }
        }
        for (var e : file.exercises()) {
            assertThat(ProgressionChains.loopingLinks(links, e.id(), links.get(e.id()))).as(e.slug()).isEmpty();
        }
    }

    @Test
    void shouldHoldStretchesFifteenToTwentySecondsAndTimeWarmUpsInMinutes() {
        assertThat(file.exercises()).filteredOn(e -> e.category().equals("stretch")).hasSize(6).allSatisfy(e -> {
            assertThat(e.dose().holdSeconds()).as(e.slug()).isBetween(15, 20);
            assertThat(e.dose().repetitions()).as(e.slug()).isGreaterThanOrEqualTo(2);
        });
        assertThat(file.exercises()).filteredOn(e -> e.category().equals("warm-up")).hasSize(8)
                .allSatisfy(e -> assertThat(e.dose().minutes()).as(e.slug()).isNotNull());
    }
}
