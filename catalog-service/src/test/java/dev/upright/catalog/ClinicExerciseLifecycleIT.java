package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.as;
import static dev.upright.catalog.CatalogApi.awaitEvent;
import static dev.upright.catalog.CatalogApi.create;
import static dev.upright.catalog.CatalogApi.exercise;
import static dev.upright.catalog.CatalogApi.get;
import static dev.upright.catalog.CatalogApi.put;
import static dev.upright.catalog.CatalogApi.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ClinicExerciseLifecycleIT {

    @Test
    void shouldCreateEditAndRetireAClinicExerciseAnnouncingEachChange() {
        var body = exercise("Harbor towel face pull");
        body.put("harderId", CatalogApi.idOf("cable-face-pull"));
        String id = CatalogApi.post("theo", body).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/exercises/"))
                .header("ETag", "\"0\"")
                .body("global", is(false)).body("dose.reps", is(12)).body("primaryMuscles", is(List.of("rhomboids")))
                .extract().path("id");
        get("theo", id).statusCode(200).header("ETag", "\"0\"").body("name", is("Harbor towel face pull"));
        var created = awaitEvent(id, "CREATED", 0);
        assertThat(created.header("ce_tenantid")).isEqualTo("harbor");
        assertThat(created.value()).contains("\"harderId\":\"" + CatalogApi.idOf("cable-face-pull") + "\"");

        // anna (clinic admin of the same clinic) edits it with the ETag she read
        String etag = get("anna", id).statusCode(200).extract().header("ETag");
        body.put("name", "Harbor towel face pull, slow");
        body.put("dose", Map.of("sets", 3, "reps", 10));
        put("anna", id, etag, body).statusCode(200).header("ETag", "\"1\"")
                .body("name", is("Harbor towel face pull, slow")).body("dose.sets", is(3)).body("version", is(1));
        assertThat(awaitEvent(id, "UPDATED", 1).value()).contains("\"name\":\"Harbor towel face pull, slow\"")
                .contains("\"dose\":{\"sets\":3,\"reps\":10");

        // tessa retires it: gone from search, still readable by id for plans that use it
        as("tessa").when().delete("/api/v1/exercises/" + id).then().statusCode(204);
        as("tessa").when().delete("/api/v1/exercises/" + id).then().statusCode(204);
        get("theo", id).statusCode(200).body("retired", is(true)).body("name", is("Harbor towel face pull, slow"));
        assertThat(search("theo", Map.of("q", "towel face pull", "size", 100)).getList("items.id")).doesNotContain(id);
        assertThat(awaitEvent(id, "RETIRED", 2).value()).contains("\"retired\":true");
    }

    @Test
    void shouldRefuseAnEditBasedOnAStaleVersion() {
        String id = create("theo", exercise("Harbor band row, kneeling"));
        var body = exercise("Harbor band row, kneeling");
        body.put("difficulty", "intermediate");
        put("theo", id, "\"0\"", body).statusCode(200).header("ETag", "\"1\"");

        // tessa still holds version 0
        body.put("difficulty", "advanced");
        put("tessa", id, "\"0\"", body).statusCode(409).contentType("application/problem+json")
                .body("status", is(409));
        get("theo", id).statusCode(200).body("difficulty", is("intermediate")).header("ETag", "\"1\"");
        as("tessa").header("If-Match", "\"0\"").delete("/api/v1/exercises/" + id).then().statusCode(409);
        get("theo", id).statusCode(200).body("retired", is(false));
    }

    @Test
    void shouldRequireIfMatchToEdit() {
        String id = create("theo", exercise("Harbor prone Y raise"));
        put("theo", id, null, exercise("Harbor prone Y raise")).statusCode(428).contentType("application/problem+json");
        get("theo", id).statusCode(200).body("version", is(0));
    }

    @Test
    void shouldKeepGlobalExercisesReadOnlyForClinics() {
        String bandRow = CatalogApi.idOf("band-row");
        var body = exercise("Band row");
        put("anna", bandRow, "\"1\"", body).statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("read-only"));
        as("anna").delete("/api/v1/exercises/" + bandRow).then().statusCode(403);
        get("anna", bandRow).statusCode(200).body("retired", is(false)).body("name", is("Band row"));
    }

    @Test
    void shouldForbidClientsFromChangingExercises() {
        String id = create("theo", exercise("Harbor doorway row"));
        put("clara", id, "\"0\"", exercise("Harbor doorway row")).statusCode(403);
        as("clara").delete("/api/v1/exercises/" + id).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldKeepEachClinicsExercisesToItself() {
        String harbor = create("theo", exercise("Harbor seated cable row"));
        String summit = create("sam", exercise("Summit seated cable row"));

        get("sam", harbor).statusCode(404).contentType("application/problem+json");
        get("theo", summit).statusCode(404).contentType("application/problem+json");
        put("sam", harbor, "\"0\"", exercise("Taken over")).statusCode(404);
        as("sam").delete("/api/v1/exercises/" + harbor).then().statusCode(404);
        get("theo", harbor).statusCode(200).body("name", is("Harbor seated cable row")).body("retired", is(false));

        as("sam").queryParam("size", 100).get("/api/v1/exercises").then().statusCode(200)
                .body("items.id", hasItem(summit)).body("items.id", not(hasItem(harbor)))
                .body("items.slug", hasItem("band-row"));
        as("theo").queryParam("q", "seated cable row").get("/api/v1/exercises").then().statusCode(200)
                .body("items.id", hasItem(harbor)).body("items.id", not(hasItem(summit)));

        // a clinic cannot link its exercise to another clinic's as a variation
        var body = exercise("Summit cable row, one arm");
        body.put("easierId", harbor);
        CatalogApi.post("sam", body).statusCode(400).body("errors.field", is(List.of("easierId")));
    }

    @Test
    void shouldLinkAClinicVariationIntoAGlobalChain() {
        String bandRow = CatalogApi.idOf("band-row");
        String dumbbellRow = CatalogApi.idOf("one-arm-dumbbell-row");
        var body = exercise("Harbor band row, split stance");
        body.put("easierId", bandRow);
        body.put("harderId", dumbbellRow);
        String id = create("tessa", body);
        get("tessa", id).statusCode(200).body("easierId", is(bandRow)).body("harderId", is(dumbbellRow));
        // the global exercises themselves are untouched
        get("tessa", bandRow).statusCode(200).body("harderId", is(dumbbellRow));
        as("tessa").contentType(ContentType.JSON).get("/api/v1/exercises/" + dumbbellRow).then()
                .body("easierId", is(bandRow));
    }
}
