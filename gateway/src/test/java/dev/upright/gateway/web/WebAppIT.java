package dev.upright.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The web app as the gateway serves it: the page, everything it loads, and its login settings. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class WebAppIT {

    @Test
    void shouldServeEveryScriptAndStylesheetThePageLoads() {
        String page = given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", is("no-cache")).extract().asString();

        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"#]+)\"").matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        // The library versions in index.html must be the ones the build puts on the class path
        assertThat(assets).anyMatch(a -> a.startsWith("/webjars/keycloak-js/")).anyMatch(a -> a.startsWith("/webjars/chart.js/"))
                .contains("/app/main.js", "/app/app.css", "/app/print.css");
        for (String asset : assets) {
            given().when().get(asset).then().statusCode(200);
        }
    }

    @Test
    void shouldLoadNoScriptOrStyleInline() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        // A strict Content-Security-Policy (script-src and style-src 'self') depends on it
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void shouldTellThePageWhereToLogIn() {
        var settings = given().when().get("/web-config.json").then().statusCode(200).extract().jsonPath();

        assertThat(settings.getString("realm")).isEqualTo("upright");
        assertThat(settings.getString("clientId")).isEqualTo("upright-web");
        assertThat(settings.getString("url")).startsWith("http").doesNotContain("/realms/");
    }

    @Test
    void shouldLetBrowsersKeepVersionedLibrariesButRecheckTheApp() {
        given().when().get("/app/main.js").then().statusCode(200).header("Cache-Control", is("no-cache"));
        String libraryCaching = given().when().get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").then().statusCode(200)
                .extract().header("Cache-Control");
        assertThat(libraryCaching).isNotEqualTo("no-cache");
    }
}
