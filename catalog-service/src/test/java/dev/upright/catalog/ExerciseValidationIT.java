package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.create;
import static dev.upright.catalog.CatalogApi.exercise;
import static dev.upright.catalog.CatalogApi.get;
import static dev.upright.catalog.CatalogApi.post;
import static dev.upright.catalog.CatalogApi.put;
import static dev.upright.catalog.CatalogApi.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ExerciseValidationIT {

    @Test
    void shouldNameEachBadFieldAndWriteNothing() {
        var body = exercise("Harbor half-written row");
        body.remove("name");
        body.put("primaryMuscles", List.of("rhomboids", "wings"));
        body.put("equipment", List.of("kettlebell"));
        body.put("category", "cardio");
        body.put("dose", Map.of("sets", -2, "reps", 0));
        post("theo", body).statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", containsInAnyOrder("name", "primaryMuscles", "equipment", "category",
                        "dose.sets", "dose.reps"))
                .body("errors.find { it.field == 'primaryMuscles' }.message", org.hamcrest.Matchers.containsString("wings"));
        assertThat(search("theo", Map.of("q", "half written", "size", 100)).getLong("total")).isZero();
    }

    @Test
    void shouldRejectEachKindOfBadInputOnItsOwn() {
        rejected(Map.of("name", ""), "name");
        rejected(Map.of("secondaryMuscles", List.of("wings")), "secondaryMuscles");
        rejected(Map.of("equipment", List.of("rowing-machine")), "equipment");
        rejected(Map.of("dose", Map.of("holdSeconds", -20, "repetitions", 3)), "dose.holdSeconds");
        rejected(Map.of("dose", Map.of("sets", 2, "reps", 0)), "dose.reps");
        rejected(Map.of("dose", Map.of("minutes", -1)), "dose.minutes");
        rejected(Map.of("difficulty", "heroic"), "difficulty");
        rejected(Map.of("movement", "cartwheel"), "movement");
        rejected(Map.of("harderId", "00000000-0000-0000-0000-000000000001"), "harderId");
    }

    @Test
    void shouldRejectAProgressionChainThatLoops() {
        String easy = create("theo", exercise("Harbor wall press, easy"));
        var hardBody = exercise("Harbor wall press, hard");
        hardBody.put("easierId", easy);
        String hard = create("theo", hardBody);

        // easy -> hard already; making hard easier than easy again would loop
        var loop = exercise("Harbor wall press, easy");
        loop.put("easierId", hard);
        put("theo", easy, "\"0\"", loop).statusCode(400).contentType("application/problem+json")
                .body("errors.field", is(List.of("easierId")));
        loop.remove("easierId");
        loop.put("harderId", easy);
        put("theo", easy, "\"0\"", loop).statusCode(400).body("errors.field", is(List.of("harderId")));
        get("theo", easy).statusCode(200).body("version", is(0)).body("harderId", is((Object) null))
                .body("easierId", is((Object) null));

        // pointing the right way is fine
        loop.put("harderId", hard);
        put("theo", easy, "\"0\"", loop).statusCode(200).body("harderId", is(hard));
    }

    @Test
    void shouldAnswerProblemForAnUnreadableBody() {
        CatalogApi.as("theo").contentType(ContentType.JSON).body("{\"name\": [").when().post("/api/v1/exercises")
                .then().statusCode(400).contentType("application/problem+json");
        CatalogApi.as("theo").contentType(ContentType.JSON).body(Map.of("name", "x", "dose", Map.of("reps", "many")))
                .when().post("/api/v1/exercises").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", is(List.of("dose.reps")));
    }

    @Test
    void shouldNameTheBadPartOfEachSetup() {
        var band = setup(List.of("resistance-band"), null);
        var cable = setup(List.of("cable"), "Pulley at chest height.");
        rejectedSetups(List.of(), "setups");
        rejectedSetups(List.of(band, band, band, band, band, band, band), "setups");
        rejectedSetups(List.of(band, setup(List.of("kettlebell"), null)), "setups[1].equipment");
        rejectedSetups(List.of(setup(List.of(), null)), "setups[0].equipment");
        rejectedSetups(List.of(setup(List.of("none", "chair"), null)), "setups[0].equipment");
        rejectedSetups(List.of(setup(List.of("a", "b", "c", "d", "e", "f", "g"), null)), "setups[0].equipment");
        rejectedSetups(List.of(band, setup(List.of("cable"), "x".repeat(201))), "setups[1].note");
        rejectedSetups(List.of(cable, band, setup(List.of("cable"), "Again.")), "setups[2]");
        rejectedSetups(List.of(Map.of("equipment", "cable")), "setups[0].equipment");
        // equipment says what the first setup needs, for clients that read only equipment
        rejected(Map.of("equipment", List.of("cable"), "setups", List.of(band, cable)), "equipment");
    }

    private static void rejectedSetups(List<?> setups, String field) {
        var change = new HashMap<String, Object>();
        change.put("equipment", null);
        change.put("setups", setups);
        rejected(change, field);
    }

    private static Map<String, Object> setup(List<String> equipment, String note) {
        var setup = new HashMap<String, Object>();
        setup.put("equipment", equipment);
        setup.put("note", note);
        return setup;
    }

    private static void rejected(Map<String, Object> change, String field) {
        var body = exercise("Harbor rejected " + field);
        body.putAll(change);
        post("anna", body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", is(List.of(field)))
                .body("errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
    }

    @Test
    void shouldListEveryMissingFieldOfAnEmptyBody() {
        CatalogApi.as("tessa").contentType(ContentType.JSON).body("{}").when().post("/api/v1/exercises")
                .then().statusCode(400).body("errors.field", hasItems("name", "category", "movement", "difficulty"));
    }
}
