package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ExportIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String NOTE = "Sore, then \"fine\"\nafter the second set";
    static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    @Test
    void shouldExportTheSessionsInRangeWithTheirNotesQuotedAndFormulasNeutralised() {
        UUID client = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 2, TODAY.minusWeeks(8));
        String inRange = log("tessa", client, session, TODAY.minusDays(10), NOTE, FORMULA);
        String before = log("tessa", client, session, TODAY.minusDays(40), "early", "neck");

        var answer = given().auth().oauth2(Tokens.of("theo"))
                .queryParam("from", TODAY.minusDays(20).toString()).queryParam("to", TODAY.toString())
                .when().get("/api/v1/exports/sessions.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"sessions-"))
                .extract();
        String csv = answer.body().asString();

        assertThat(answer.contentType()).containsIgnoringCase("charset=utf-8");
        assertThat(csv).startsWith("session_id,client_id,performed_at,planned_session_id,partial,session_notes,");
        assertThat(csv).contains(inRange).doesNotContain(before);
        List<String> line = lineOf(csv, inRange);
        assertThat(line.get(1)).isEqualTo(client.toString());
        // Read back as RFC 4180: the note whole, with its comma, quotes and line break
        assertThat(line.get(5)).isEqualTo(NOTE);
        assertThat(csv).contains("\"Sore, then \"\"fine\"\"\nafter the second set\"");
        // The pain location would be a formula in a spreadsheet: it starts with an apostrophe instead
        assertThat(line.get(13)).isEqualTo("'" + FORMULA);
        assertThat(line).hasSize(16);
    }

    @Test
    void shouldExportOneClientsSessionsAndWeeksToTheClinicButNotToAnotherClinic() {
        UUID client = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 2, TODAY.minusWeeks(4));
        UUID otherSession = PlanActivations.activate(other, 2, TODAY.minusWeeks(4));
        String mine = log("theo", client, session, TODAY.minusDays(3), null, "neck");
        String theirs = log("theo", other, otherSession, TODAY.minusDays(3), null, "neck");
        String from = TODAY.minusDays(13).toString();

        String csv = given().auth().oauth2(Tokens.of("anna")).queryParam("from", from).queryParam("to", TODAY.toString())
                .queryParam("clientId", client.toString())
                .when().get("/api/v1/exports/sessions.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains(mine).doesNotContain(theirs);

        String weeks = given().auth().oauth2(Tokens.ofRole("integration")).queryParam("from", from)
                .queryParam("to", TODAY.toString()).queryParam("clientId", client.toString())
                .when().get("/api/v1/exports/adherence.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"adherence-")).extract().asString();
        List<String> lines = weeks.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("client_id,week_start,sessions_prescribed,sessions_completed,sessions_partial,rate");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.startsWith(client + ","));
        String weekOfSession = TODAY.minusDays(3).with(DayOfWeek.MONDAY).toString();
        assertThat(lines).anyMatch(l -> l.startsWith(client + "," + weekOfSession + ",2,1,0,0.5"));

        for (String path : List.of("/api/v1/exports/sessions.csv", "/api/v1/exports/adherence.csv")) {
            given().auth().oauth2(Tokens.of("sam")).queryParam("from", from).queryParam("to", TODAY.toString())
                    .queryParam("clientId", client.toString())
                    .when().get(path).then().statusCode(404).contentType("application/problem+json");
            String summit = given().auth().oauth2(Tokens.of("sam")).queryParam("from", from).queryParam("to", TODAY.toString())
                    .when().get(path).then().statusCode(200).extract().asString();
            assertThat(summit).doesNotContain(client.toString());
        }
    }

    @Test
    void shouldAnswerABadRangeWithAProblemNamingIt() {
        given().auth().oauth2(Tokens.of("theo")).queryParam("from", "2026-13-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/exports/sessions.csv")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("from"));
        given().auth().oauth2(Tokens.of("theo")).queryParam("from", "2026-11-30").queryParam("to", "2026-11-01")
                .when().get("/api/v1/exports/adherence.csv")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("must not be before from"));
        given().auth().oauth2(Tokens.of("theo")).queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .when().get("/api/v1/exports/sessions.csv")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("366 days"));
        given().auth().oauth2(Tokens.of("theo")).queryParam("to", "2026-11-01")
                .when().get("/api/v1/exports/sessions.csv")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("from"));
    }

    @Test
    void shouldLetAClientExportOnlyTheirOwnSessions() {
        UUID colinsClient = UUID.randomUUID();
        UUID session = PlanActivations.activateWithLogin("colin", colinsClient, TODAY.minusWeeks(2));
        String colin = Tokens.of("colin");
        UUID someoneElse = UUID.randomUUID();
        String theirs = log("theo", someoneElse, PlanActivations.activate(someoneElse, 2, TODAY.minusWeeks(2)),
                TODAY.minusDays(1), null, "neck");
        String own = log("colin", null, session, TODAY.minusDays(1), "did it", "neck");

        String csv = given().auth().oauth2(colin).queryParam("from", TODAY.minusDays(7).toString())
                .queryParam("to", TODAY.toString())
                .when().get("/api/v1/me/exports/sessions.csv").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"my-sessions-")).extract().asString();
        assertThat(csv).contains(own).doesNotContain(theirs);
        given().auth().oauth2(colin).queryParam("from", TODAY.minusDays(7).toString()).queryParam("to", TODAY.toString())
                .when().get("/api/v1/me/exports/adherence.csv").then().statusCode(200)
                .body(containsString(colinsClient + ","));

        for (String path : List.of("/api/v1/exports/sessions.csv", "/api/v1/exports/adherence.csv")) {
            given().auth().oauth2(colin).queryParam("from", TODAY.minusDays(7).toString()).queryParam("to", TODAY.toString())
                    .when().get(path).then().statusCode(403);
        }
    }

    @Test
    void shouldDocumentTheExportsAsCsvInTheOpenApiDocument() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/exports/sessions.csv", "/api/v1/exports/adherence.csv",
                "/api/v1/me/exports/sessions.csv", "/api/v1/me/exports/adherence.csv")) {
            Map<String, Object> content = document.getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertThat(content).as(path).containsKey("text/csv; charset=utf-8");
        }
    }

    /** Logs a session of one band row at 06:00 UTC that day (or a minute ago, if that is still ahead); its id. */
    private static String log(String user, UUID client, UUID session, LocalDate day, String notes, String painLocation) {
        var at = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
        var latest = Instant.now().minusSeconds(60);
        if (at.isAfter(latest)) {
            at = latest;
        }
        var body = new HashMap<String, Object>(Map.of("plannedSessionId", session.toString(),
                "performedAt", at.toString(),
                "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(), "rpe", 5,
                        "pain", Map.of("score", 1, "kind", "mild-tension", "location", painLocation),
                        "sets", List.of(Map.of("reps", 10))))));
        if (client != null) {
            body.put("clientId", client.toString());
        }
        if (notes != null) {
            body.put("notes", notes);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    /** The cells of the record holding {@code id}, read as RFC 4180 (quoted cells may hold commas and line breaks). */
    private static List<String> lineOf(String csv, String id) {
        return CsvRecords.parse(csv).stream().filter(r -> r.contains(id)).findFirst().orElseThrow();
    }
}
