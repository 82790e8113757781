package dev.upright.catalog;

import static dev.upright.catalog.CatalogApi.awaitEvent;
import static dev.upright.catalog.CatalogApi.create;
import static dev.upright.catalog.CatalogApi.exercise;
import static dev.upright.catalog.CatalogApi.get;
import static dev.upright.catalog.CatalogApi.put;
import static dev.upright.catalog.CatalogApi.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ClinicExerciseSetupsIT {

    @Test
    void shouldCreateAnExerciseWithTwoSetupsAndReadThemBackInOrder() {
        var body = exercise("Harbor kneeling row");
        body.remove("equipment");
        body.put("setups", List.of(
                Map.of("equipment", List.of("resistance-band"), "note", "Band tied low to a table leg."),
                Map.of("equipment", List.of("dumbbells", "chair"), "note", "One hand on the chair seat.")));
        String id = CatalogApi.post("theo", body).statusCode(201)
                .body("equipment", is(List.of("resistance-band")))
                .body("setups.equipment", is(List.of(List.of("resistance-band"), List.of("chair", "dumbbells"))))
                .extract().path("id");
        get("anna", id).statusCode(200)
                .body("equipment", is(List.of("resistance-band")))
                .body("setups.equipment", is(List.of(List.of("resistance-band"), List.of("chair", "dumbbells"))))
                .body("setups.note", is(List.of("Band tied low to a table leg.", "One hand on the chair seat.")));

        assertThat(awaitEvent(id, "CREATED", 0).value())
                .contains("\"equipment\":[\"resistance-band\"]")
                .contains("\"setups\":[{\"equipment\":[\"resistance-band\"],\"note\":\"Band tied low to a table leg.\"},"
                        + "{\"equipment\":[\"chair\",\"dumbbells\"],\"note\":\"One hand on the chair seat.\"}]");
    }

    @Test
    void shouldGiveAnExerciseWrittenWithEquipmentOnlyThatOneSetup() {
        String id = create("theo", exercise("Harbor band row, staggered"));
        get("theo", id).statusCode(200).body("setups.equipment", is(List.of(List.of("resistance-band"))))
                .body("setups[0].note", is((Object) null));
        assertThat(awaitEvent(id, "CREATED", 0).value())
                .contains("\"setups\":[{\"equipment\":[\"resistance-band\"],\"note\":null}]");
    }

    @Test
    void shouldShowChangedSetupsInSearchResultsAtOnce() {
        String id = create("tessa", exercise("Harbor pulley row"));
        assertThat(search("tessa", Map.of("q", "harbor pulley row")).getList("items.find { it.id == '" + id
                + "' }.setups.equipment", List.class)).containsExactly(List.of("resistance-band"));

        var body = exercise("Harbor pulley row");
        body.put("equipment", List.of("cable"));
        body.put("setups", List.of(Map.of("equipment", List.of("cable")), Map.of("equipment", List.of("resistance-band"))));
        put("tessa", id, "\"0\"", body).statusCode(200).body("equipment", is(List.of("cable")));

        // the cached view of version 0 is not served for version 1
        var found = search("tessa", Map.of("q", "harbor pulley row"));
        assertThat(found.getList("items.find { it.id == '" + id + "' }.setups.equipment", List.class))
                .containsExactly(List.of("cable"), List.of("resistance-band"));
        assertThat(found.getList("items.find { it.id == '" + id + "' }.equipment", String.class)).containsExactly("cable");
        assertThat(CatalogApi.as("tessa").queryParam("equipment", "cable").queryParam("q", "harbor pulley row")
                .get("/api/v1/exercises").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .contains(id);
    }
}
