package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.as;
import static dev.upright.catalog.CatalogApi.everything;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@SuppressWarnings("unchecked")
@QuarkusTestResource(PlatformServersResource.class)
class GlobalCatalogueIT {

    /** Every exercise the guide names, by block. */
    private static final Map<String, List<String>> NAMED = Map.of(
            "warm-up", List.of("neck-rolls", "shoulder-rolls", "arm-circles", "overhead-arm-reach", "chair-rotation",
                    "cat-cow", "knee-to-chest", "thoracic-extension"),
            "strength", List.of("band-row", "one-arm-dumbbell-row", "bent-over-row", "high-barbell-row", "renegade-row"),
            "posture", List.of("face-pull", "cable-face-pull", "scapular-squeeze", "wall-angel", "reverse-dumbbell-fly",
                    "band-pull-apart"),
            "lower-back", List.of("back-extension", "hip-hinge", "bird-dog", "bridge"),
            "grip", List.of("farmer-carry", "dead-hang", "stress-ball-squeeze"),
            "posture-break", List.of("chin-tuck", "shoulder-blade-squeeze"),
            "stretch", List.of("doorway-pec-stretch", "childs-pose", "butterfly-stretch", "upper-trapezius-stretch",
                    "levator-scapulae-stretch", "rhomboid-stretch"));

    @Test
    void shouldSeedEveryNamedExerciseInItsBlockWithMusclesEquipmentAndInstructions() {
        JsonPath all = everything("sam");
        List<String> muscles = as("sam").get("/api/v1/muscles").then().statusCode(200).extract().path("code");
        NAMED.forEach((category, slugs) -> slugs.forEach(slug -> {
            Map<String, Object> e = exercise(all, slug);
            assertThat(e).as(slug).isNotNull().containsEntry("category", category).containsEntry("global", true)
                    .containsEntry("retired", false);
            assertThat((List<String>) e.get("primaryMuscles")).as(slug).isNotEmpty().isSubsetOf(muscles);
            assertThat((List<String>) e.get("equipment")).as(slug).isNotEmpty();
            assertThat((List<String>) e.get("instructions")).as(slug).hasSizeGreaterThanOrEqualTo(2);
            assertThat((List<String>) e.get("cues")).as(slug).isNotEmpty();
            assertThat((String) e.get("difficulty")).as(slug).isIn("beginner", "intermediate", "advanced");
        }));
        assertThat(all.getList("items.findAll { it.global }")).hasSize(36);
    }

    @Test
    void shouldGiveSensibleDetailsToKnownExercises() {
        JsonPath all = everything("theo");
        assertThat(exercise(all, "band-row")).containsEntry("equipment", List.of("resistance-band"))
                .containsEntry("difficulty", "beginner").containsEntry("movement", "row");
        assertThat((List<String>) exercise(all, "band-row").get("primaryMuscles")).contains("rhomboids", "trapezius");
        assertThat(exercise(all, "renegade-row")).containsEntry("difficulty", "advanced");
        assertThat(exercise(all, "high-barbell-row")).containsEntry("difficulty", "advanced")
                .containsEntry("equipment", List.of("barbell"));
        assertThat(exercise(all, "levator-scapulae-stretch").get("primaryMuscles")).isEqualTo(List.of("levator-scapulae"));
        assertThat(exercise(all, "doorway-pec-stretch")).containsEntry("equipment", List.of("doorway"))
                .containsEntry("primaryMuscles", List.of("pectorals"));
        assertThat((List<String>) exercise(all, "farmer-carry").get("primaryMuscles")).contains("forearms");
        assertThat(exercise(all, "chin-tuck")).containsEntry("equipment", List.of("none"));
    }

    @Test
    void shouldOfferTheWaysATherapistWouldDoEachExercise() {
        JsonPath all = everything("theo");
        assertThat(setupEquipment(all, "bent-over-row")).containsExactly(List.of("dumbbells"), List.of("barbell"));
        assertThat(setupEquipment(all, "band-row")).containsExactly(List.of("resistance-band"), List.of("cable"));
        assertThat(setupEquipment(all, "one-arm-dumbbell-row"))
                .containsExactly(List.of("bench", "dumbbells"), List.of("chair", "dumbbells"));
        assertThat(setupEquipment(all, "wall-angel")).containsExactly(List.of("wall"));
        // floor work: the mat is comfort, named in the note, not something the client must own
        for (String slug : List.of("cat-cow", "knee-to-chest", "bridge", "back-extension", "bird-dog", "childs-pose")) {
            assertThat(exercise(all, slug)).as(slug).containsEntry("equipment", List.of("floor"));
            assertThat(all.getString("items.find { it.slug == '" + slug + "' }.setups[0].note")).as(slug).contains("mat");
        }
        assertThat(exercise(all, "seated-cable-row")).containsEntry("equipment", List.of("cable"))
                .containsEntry("movement", "row").containsEntry("difficulty", "beginner");
        assertThat(setupEquipment(all, "seated-cable-row"))
                .containsExactly(List.of("cable"), List.of("floor", "resistance-band"));
        assertThat(exercise(all, "chest-supported-row")).containsEntry("equipment", List.of("bench", "dumbbells"));
        assertThat(dose(all, "chest-supported-row")).containsEntry("sets", 2).containsEntry("reps", 10);
    }

    @Test
    void shouldDoseStretchesAsHoldsWarmUpsInMinutesAndStrengthAsSetsOfReps() {
        JsonPath all = everything("theo");
        for (String slug : NAMED.get("stretch")) {
            Map<String, Object> dose = dose(all, slug);
            assertThat((Integer) dose.get("holdSeconds")).as(slug).isBetween(15, 20);
            assertThat((Integer) dose.get("repetitions")).as(slug).isBetween(2, 5);
            assertThat(dose.get("reps")).as(slug).isNull();
        }
        for (String slug : NAMED.get("warm-up")) {
            assertThat(((Number) dose(all, slug).get("minutes")).doubleValue()).as(slug).isBetween(0.5, 2.0);
        }
        for (String slug : NAMED.get("strength")) {
            assertThat((Integer) dose(all, slug).get("sets")).as(slug).isBetween(2, 3);
            assertThat((Integer) dose(all, slug).get("reps")).as(slug).isBetween(8, 12);
        }
        assertThat(dose(all, "dead-hang")).containsEntry("seconds", 20);
    }

    @Test
    void shouldChainRowsFromBandToRenegade() {
        JsonPath all = everything("theo");
        List<String> chain = List.of("band-row", "one-arm-dumbbell-row", "bent-over-row", "high-barbell-row", "renegade-row");
        for (int i = 0; i < chain.size(); i++) {
            Map<String, Object> e = exercise(all, chain.get(i));
            assertThat(e.get("easierId")).as(chain.get(i) + " easier")
                    .isEqualTo(i == 0 ? null : exercise(all, chain.get(i - 1)).get("id"));
            assertThat(e.get("harderId")).as(chain.get(i) + " harder")
                    .isEqualTo(i == chain.size() - 1 ? null : exercise(all, chain.get(i + 1)).get("id"));
        }
    }

    @Test
    void shouldServeMusclesAndEquipmentAsReferenceData() {
        as("clara").get("/api/v1/muscles").then().statusCode(200)
                .body("code", hasItems("trapezius", "rhomboids", "rear-deltoids", "levator-scapulae", "pectorals"))
                .body("find { it.code == 'trapezius' }.region", is("upper back"));
        as("clara").get("/api/v1/equipment").then().statusCode(200)
                .body("code", hasItems("none", "resistance-band", "dumbbells", "barbell", "wall", "doorway", "pull-up-bar"))
                .body("find { it.code == 'resistance-band' }.name", is("Resistance band"))
                .body("findAll { it.household }.code", containsInAnyOrder("wall", "doorway", "chair", "floor"))
                .body("find { it.code == 'floor' }.household", is(true))
                .body("find { it.code == 'mat' }.household", is(false));
    }

    @Test
    void shouldAnnounceTheSeededCatalogueOnKafka() {
        String bandRow = CatalogApi.idOf("band-row");
        var event = CatalogApi.awaitEvent(bandRow, "UPDATED", 1);
        assertThat(event.header("ce_tenantid")).isNull();
        assertThat(event.value()).contains("\"primaryMuscles\":[\"latissimus-dorsi\",\"rear-deltoids\",\"rhomboids\"")
                .contains("\"dose\":{\"sets\":2,\"reps\":10").contains("\"tenantId\":null")
                .contains("\"setups\":[{\"equipment\":[\"resistance-band\"],\"note\":")
                .contains("{\"equipment\":[\"cable\"],\"note\":");
        String renegade = CatalogApi.idOf("renegade-row");
        assertThat(CatalogApi.awaitEvent(renegade, "CREATED", 0).value()).contains("\"difficulty\":\"advanced\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exercise(JsonPath all, String slug) {
        return (Map<String, Object>) all.get("items.find { it.slug == '" + slug + "' }");
    }

    private static List<List<String>> setupEquipment(JsonPath all, String slug) {
        return all.getList("items.find { it.slug == '" + slug + "' }.setups.equipment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dose(JsonPath all, String slug) {
        return (Map<String, Object>) exercise(all, slug).get("dose");
    }
}
