package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.as;
import static dev.upright.catalog.CatalogApi.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.upright.contracts.catalog.Household;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ExerciseSearchIT {

    @Test
    void shouldFindExercisesByWordsOfTheirNameCuesAndMuscles() {
        // both words in the name rank above words found only in instructions
        assertThat(slugs(search("sam", Map.of("q", "face pull"))).subList(0, 2))
                .containsExactlyInAnyOrder("face-pull", "cable-face-pull");
        // "pocket" only appears in cues ("toward your pocket", "back pockets")
        assertThat(slugs(search("sam", Map.of("q", "pockets")))).contains("one-arm-dumbbell-row", "scapular-squeeze");
        // a muscle name, stemmed: "rhomboid" finds exercises working the rhomboids
        assertThat(slugs(search("sam", Map.of("q", "rhomboid", "size", 100))))
                .contains("rhomboid-stretch", "band-row", "scapular-squeeze").doesNotContain("chin-tuck", "bridge");
        assertThat(search("sam", Map.of("q", "zzyzx")).getLong("total")).isZero();
    }

    @Test
    void shouldFilterByCategoryDifficultyAndMovement() {
        JsonPath stretches = search("sam", Map.of("category", "stretch", "size", 100));
        assertThat(slugs(stretches)).containsExactlyInAnyOrder("doorway-pec-stretch", "childs-pose", "butterfly-stretch",
                "upper-trapezius-stretch", "levator-scapulae-stretch", "rhomboid-stretch");
        assertThat(stretches.getLong("total")).isEqualTo(6);

        assertThat(slugs(search("sam", Map.of("difficulty", "advanced", "size", 100))))
                .containsExactlyInAnyOrder("high-barbell-row", "renegade-row");
        assertThat(slugs(search("sam", Map.of("movement", "row", "difficulty", "intermediate"))))
                .containsExactly("bent-over-row");
    }

    @Test
    void shouldFilterByAnyOfTheGivenMuscles() {
        JsonPath neck = as("sam").queryParam("muscle", "levator-scapulae").queryParam("muscle", "neck-flexors")
                .queryParam("size", 100).get("/api/v1/exercises").then().statusCode(200).extract().jsonPath();
        assertThat(slugs(neck)).contains("levator-scapulae-stretch", "chin-tuck", "neck-rolls", "upper-trapezius-stretch")
                .doesNotContain("band-row", "bridge");
    }

    @Test
    void shouldOfferOnlyExercisesWithASetupTheClientHasEquipmentFor() {
        JsonPath bandAndWall = byEquipment("resistance-band", "wall");
        assertThat(setupsOf(bandAndWall)).allSatisfy(setups -> assertThat(setups)
                .anySatisfy(needs -> assertThat(had("resistance-band")).containsAll(needs)));
        // household items (wall, doorway, chair, floor) every client has: the doorway stretch needs no filter
        assertThat(slugs(bandAndWall)).contains("band-row", "face-pull", "band-pull-apart", "wall-angel", "chin-tuck",
                "neck-rolls", "cat-cow", "doorway-pec-stretch").doesNotContain("one-arm-dumbbell-row", "bent-over-row");

        // dumbbells alone: the one-arm row on a chair, but not the rows that need a bench
        assertThat(slugs(byEquipment("dumbbells"))).contains("bent-over-row", "renegade-row", "one-arm-dumbbell-row")
                .doesNotContain("band-row", "chest-supported-row");
        JsonPath bodyweight = byEquipment("none");
        assertThat(setupsOf(bodyweight)).allSatisfy(setups -> assertThat(setups)
                .anySatisfy(needs -> assertThat(had()).containsAll(needs)));
    }

    @Test
    void shouldFindEveryRowThatHasACableSetupForACableMachine() {
        assertThat(slugs(byEquipment("cable"))).contains("band-row", "seated-cable-row", "cable-face-pull")
                .doesNotContain("bent-over-row", "one-arm-dumbbell-row");
        // the barbell is the second way of doing the bent-over row
        assertThat(slugs(byEquipment("barbell"))).contains("bent-over-row", "high-barbell-row", "hip-hinge");
    }

    @Test
    void shouldFindHouseholdOnlyExercisesWhateverTheClientOwns() {
        for (String owned : List.of("none", "cable", "pull-up-bar", "stress-ball")) {
            assertThat(slugs(byEquipment(owned))).as(owned)
                    .contains("wall-angel", "bird-dog", "childs-pose", "chair-rotation", "doorway-pec-stretch");
        }
    }

    @Test
    void shouldPageInAStableOrderWithTheTotalCount() {
        JsonPath first = search("sam", Map.of("category", "warm-up", "size", 3, "page", 0));
        JsonPath third = search("sam", Map.of("category", "warm-up", "size", 3, "page", 2));
        JsonPath all = search("sam", Map.of("category", "warm-up", "size", 100));
        assertThat(first.getLong("total")).isEqualTo(8);
        assertThat(third.getLong("total")).isEqualTo(8);
        assertThat(first.getInt("size")).isEqualTo(3);
        assertThat(third.getInt("page")).isEqualTo(2);
        assertThat(slugs(first)).hasSize(3).isEqualTo(slugs(all).subList(0, 3));
        assertThat(slugs(third)).hasSize(2).isEqualTo(slugs(all).subList(6, 8));
        List<String> names = all.getList("items.name");
        assertThat(names).isSorted();
    }

    @Test
    void shouldRejectUnknownFilterValuesNamingEach() {
        as("sam").queryParam("category", "cardio").queryParam("muscle", "biceps").queryParam("muscle", "wings")
                .queryParam("equipment", "kettlebell").get("/api/v1/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("category", "muscle", "equipment"))
                .body("errors.size()", is(3));
        as("sam").queryParam("size", 1000).get("/api/v1/exercises").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath byEquipment(String... owned) {
        return as("sam").queryParam("equipment", List.of(owned)).queryParam("size", 100).get("/api/v1/exercises")
                .then().statusCode(200).extract().jsonPath();
    }

    /** What a client owning these has: they, bodyweight and the household items. */
    private static Set<String> had(String... owned) {
        var had = new HashSet<>(Household.ITEMS);
        had.add("none");
        had.addAll(List.of(owned));
        return had;
    }

    /** Per exercise of the page, the equipment of each of its setups. */
    private static List<List<List<String>>> setupsOf(JsonPath page) {
        return page.getList("items.collect { it.setups.collect { s -> s.equipment } }");
    }

    private static List<String> slugs(JsonPath page) {
        List<String> slugs = page.getList("items.slug");
        assertThat(Set.copyOf(slugs)).hasSameSizeAs(slugs);
        return slugs;
    }
}
