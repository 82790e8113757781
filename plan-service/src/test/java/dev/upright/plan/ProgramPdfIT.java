package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upright.plan.accounts.KeycloakAdmin;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ProgramPdfIT {

    @BeforeEach
    void catalogueIsKnown() {
        GlobalCatalogue.ensurePublished();
    }

    @Test
    void shouldGiveTheTherapistAndTheClientAPdfWithEveryExerciseOfThePlan() throws IOException {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Pia Printout", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band", "mat"), "goals", List.of("posture"), "deskWorker", true));
        String plan = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("seed", 7))
                .when().post("/api/v1/clients/" + client + "/plans").then().statusCode(201).extract().path("id");
        String clientToken = newClientLogin(client);
        given().auth().oauth2(Tokens.of("theo")).when().post("/api/v1/plans/" + plan + "/activate").then().statusCode(200);
        JsonPath view = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/plans/" + plan)
                .then().statusCode(200).extract().jsonPath();
        List<String> names = view.getList("sessions.exercises.flatten().name", String.class);
        names = new java.util.ArrayList<>(names);
        names.addAll(view.getList("postureBreaks.name", String.class));

        String therapists = text(given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/plans/" + plan + "/program.pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"program-"))
                .extract().asByteArray());
        String clients = text(given().auth().oauth2(clientToken).when().get("/api/v1/me/plan/program.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());

        assertThat(names).isNotEmpty();
        for (String pdf : List.of(therapists, clients)) {
            // Text extraction breaks long lines where the layout wrapped them: compare with spacing evened out
            String flat = pdf.replaceAll("\\s+", " ");
            assertThat(flat).contains("Pia Printout", "Week 1, session 1", "Warm-up", "Strengthening", "Stretches",
                    "Stop any exercise that causes sharp or worsening pain");
            assertThat(names).allSatisfy(name -> assertThat(flat).contains(name.replaceAll("\\s+", " ")));
        }
        given().auth().oauth2(clientToken).when().get("/api/v1/plans/" + plan + "/program.pdf").then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAnotherClinicsPlanAndADraftToItsClient() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Hidden Harbor", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band", "mat")));
        String plan = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("seed", 3))
                .when().post("/api/v1/clients/" + client + "/plans").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/plans/" + plan + "/program.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/plans/" + plan + "/program.pdf")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("simon")).when().get("/api/v1/me/plan/program.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/me/plan/program.pdf").then().statusCode(403);
    }

    @Test
    void shouldDocumentBothDownloadsAsPdfInTheOpenApiDocument() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/api/v1/plans/{id}/program.pdf", "/api/v1/me/plan/program.pdf")) {
            Map<String, Object> content = document.getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertThat(content).as(path).containsKey("application/pdf");
        }
    }

    /**
     * A new Harbor client account linked to the profile (through the API), logged in with its first password; with a
     * full profile, as Keycloak lets no one log in before the profile is complete.
     */
    private static String newClientLogin(String client) {
        String username = "pia-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath link = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", username + "@mail.example", "firstName", "Pia", "lastName", "Printout")).when().put("/api/v1/clients/" + client + "/account")
                .then().statusCode(201).extract().jsonPath();
        new KeycloakAdmin().clearRequiredActions(link.getString("userId"));
        return given().formParams(Map.of("grant_type", "password", "client_id", "upright-cli", "username", username,
                        "password", link.getString("temporaryPassword"), "scope", "openid"))
                .post(TestServers.get().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
