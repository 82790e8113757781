package dev.upright.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.sun.net.httpserver.HttpServer;

import dev.upright.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The web app in a real browser against the whole running platform: a therapist sets up a client and a plan,
 * the client logs a session with sharp pain and is told to stop, the therapist sees the alert (and the paused
 * exercise), and a therapist of the other clinic cannot open the client. Screenshots of the main pages land
 * in target/screenshots.
 */
@Order(1)
@ExtendWith(SharedPlatform.class)
class WebAppBrowserIT {

    private static final Pattern UUID_IN_HASH = Pattern.compile("#/(clients|plans)/([0-9a-f-]{36})");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void shouldTakeAClientFromNewProfileToSafetyMessageAndAlert(LocalStack stack) {
        Browser.requireOrSkip();
        String gateway = stack.settings().gatewayUrl();
        KeycloakWebClient.allowOrigin(stack.settings().keycloakUrl(), gateway);
        var tokens = Tokens.at(stack.settings().keycloakUrl() + "/realms/upright");
        String clientName = "Casey Browser " + UUID.randomUUID().toString().substring(0, 6);

        try (var browser = new Browser(gateway, SCREENSHOTS)) {
            // A therapist logs in on Keycloak's page and lands on the dashboard
            browser.logIn("theo", Tokens.DEMO_PASSWORD);
            browser.find("main h1");
            assertThat(browser.driver.getCurrentUrl()).endsWith("#/dashboard");
            browser.screenshot("01-therapist-dashboard");

            // ...creates a client
            browser.open("/clients/new");
            browser.type("#client-displayName", clientName);
            new Select(browser.find("#client-experienceLevel")).selectByValue("beginner");
            browser.click("input[name=equipment][value=resistance-band]");
            browser.click("#client-deskWorker");
            browser.screenshot("02-new-client");
            browser.click("#save-client");
            String clientId = idFromUrl(browser, "clients");
            browser.find("#generate-plan");

            // The client's login is linked before the plan goes live, so the plan reaches progress-service with it
            String colinToken = tokens.user("colin");
            given().auth().oauth2(tokens.user("theo")).contentType(ContentType.JSON)
                    .body(Map.of("userId", Tokens.subjectOf(colinToken), "username", "colin"))
                    .put(gateway + "/api/v1/clients/" + clientId + "/account").then().statusCode(200);

            // ...generates a plan and reviews it with its reasons
            browser.click("#generate-plan");
            String planId = idFromUrl(browser, "plans");
            browser.find(".session-card .reasons li");
            // ...and how the client does each one: a band, or household items taken as had
            assertThat(browser.find(".session-card .setup").getText()).startsWith("With ");
            browser.screenshot("03-plan-builder");

            // ...changes a dose and swaps an exercise found in the catalogue, then saves
            // One keystroke sequence: clear() would fire a change event and the builder redraws the row under it
            String doseInput = ".session-card .exercise-row input[type=number]";
            browser.find(doseInput).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            browser.waitFor(d -> "2".equals(d.findElement(By.cssSelector(doseInput)).getDomProperty("value")));
            WebElement swapped = browser.driver.findElements(By.cssSelector(".session-card .exercise-row")).stream()
                    .filter(row -> row.getText().contains("Swap")).skip(1).findFirst().orElseThrow();
            String swappedSlug = swapped.getDomAttribute("data-slug");
            swapped.findElement(By.cssSelector("button.swap")).click();
            browser.find("dialog .search-results button");
            WebElement replacement = browser.driver.findElements(By.cssSelector("dialog .search-results button")).stream()
                    .filter(button -> !swappedSlug.equals(button.getDomAttribute("data-slug"))).findFirst().orElseThrow();
            String replacementSlug = replacement.getDomAttribute("data-slug");
            browser.screenshot("04-swap-search");
            replacement.click();
            browser.click("#save-plan");
            browser.waitFor(d -> d.findElement(By.id("plan-outcome")).getText().contains("Plan saved")
                    || !d.findElements(By.id("override-reason")).isEmpty());
            if (!browser.driver.findElements(By.id("override-reason")).isEmpty()) {
                // The swap broke a safety rule: the violations and fixes are shown; the therapist overrides with a reason
                assertThat(browser.find(".violations").getText()).isNotBlank();
                browser.screenshot("05-plan-violations");
                browser.type("#override-reason", "Client tolerates this well in clinic");
                browser.click("#override-save");
                browser.waitFor(d -> d.findElement(By.id("plan-outcome")).getText().contains("Plan saved"));
            }
            assertThat(browser.driver.findElements(By.cssSelector(".exercise-row[data-slug='" + replacementSlug + "']"))).isNotEmpty();

            // ...and activates it: the client page shows the active plan with each exercise's reasons
            browser.click("#activate-plan");
            browser.find("#active-plan .exercise-row");
            assertThat(browser.find("#active-plan").getText()).contains("Active");
            browser.screenshot("06-client-page");
            browser.logOut();

            // progress-service learns of the plan from its event before the client can log against it
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().auth().oauth2(tokens.user("theo")).get(gateway + "/api/v1/clients/" + clientId + "/adherence")
                            .then().statusCode(200));

            // The client logs in, opens today's session and logs it with sharp pain on one strengthening exercise
            browser.logIn("colin", Tokens.DEMO_PASSWORD);
            browser.find("#session-form");
            assertThat(browser.driver.getCurrentUrl()).endsWith("#/today");
            assertThat(blocksInOrder(browser)).isSortedAccordingTo((a, b) -> blockRank(a) - blockRank(b));
            // Each step says what to do it with
            assertThat(browser.find("article.step[data-block=strengthening] .setup").getText()).startsWith("With ");
            browser.phoneSize();
            browser.screenshot("07-client-today-phone");
            browser.desktopSize();
            WebElement painful = browser.find("article.step[data-block=strengthening]");
            String painfulExercise = painful.getDomAttribute("data-exercise-id");
            String step = painful.getDomAttribute("id");
            new Select(browser.find("#" + step + "-pain")).selectByValue("6");
            new Select(browser.find("#" + step + "-pain-kind")).selectByValue("sharp");
            browser.type("#" + step + "-pain-where", "right shoulder");
            new Select(browser.find("#" + step + "-rpe")).selectByValue("6");
            browser.click("#submit-session");
            WebElement safety = browser.find("#safety-message");
            assertThat(safety.getText()).containsIgnoringCase("stop");
            browser.screenshot("08-client-safety-message");

            browser.open("/history");
            browser.find("canvas");
            browser.screenshot("09-client-history");
            browser.open("/program");
            browser.find(".session-card");
            browser.screenshot("10-client-program");
            browser.logOut();

            // The therapist sees the alert on the dashboard, the client first among those needing attention
            browser.logIn("theo", Tokens.DEMO_PASSWORD);
            browser.waitFor(d -> d.findElement(By.id("main")).getText().contains(clientName));
            WebElement firstRow = browser.find("table.data tbody tr");
            assertThat(firstRow.getText()).contains(clientName).contains("Alert");
            assertThat(firstRow.getDomAttribute("class")).contains("attention");
            browser.screenshot("11-therapist-dashboard-alert");
            browser.open("/clients/" + clientId);
            browser.find("#active-plan");
            browser.screenshot("12-client-page-after-session");
            browser.logOut();

            // A therapist of the other clinic cannot reach the client by its URL
            browser.logIn("sam", Tokens.DEMO_PASSWORD);
            browser.open("/clients/" + clientId);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Not found"));
            assertThat(browser.mainText()).doesNotContain(clientName);
            browser.screenshot("13-other-clinic-not-found");
            browser.logOut();

            // plan-service paused the painful exercise when it handled the logged session, and says why
            browser.logIn("theo", Tokens.DEMO_PASSWORD);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.open("/clients/" + clientId);
                browser.find("#active-plan");
                assertThat(browser.driver.findElements(By.cssSelector(
                        "#active-plan .exercise-row.paused[data-exercise-id='" + painfulExercise + "']"))).isNotEmpty();
            });
            browser.screenshot("14-therapist-paused-exercise");
            List<String> kinds = given().auth().oauth2(tokens.user("theo")).get(gateway + "/api/v1/plans/" + planId + "/changes")
                    .then().statusCode(200).extract().path("kind");
            assertThat(kinds).contains("paused");
        }
    }

    /**
     * A clinic admin on the Integrations page: an API client created there works at once with the secret shown
     * (once) on the page, and a webhook endpoint added there is listed with its signing secret shown once.
     */
    @Test
    void shouldLetAClinicAdminCreateAnApiClientAndAWebhookOnTheIntegrationsPage(LocalStack stack) throws Exception {
        Browser.requireOrSkip();
        String gateway = stack.settings().gatewayUrl();
        KeycloakWebClient.allowOrigin(stack.settings().keycloakUrl(), gateway);
        var tokens = Tokens.at(stack.settings().keycloakUrl() + "/realms/upright");
        String run = UUID.randomUUID().toString().substring(0, 6);
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        try (var browser = new Browser(gateway, SCREENSHOTS)) {
            browser.logIn("anna", Tokens.DEMO_PASSWORD);
            browser.open("/clinic/integrations");
            browser.type("input[name=name]", "Records system " + run);
            browser.driver.findElement(By.xpath("//button[normalize-space()='Create API client']")).click();
            String secret = browser.waitFor(d -> {
                var shown = d.findElements(By.cssSelector("input.secret"));
                return shown.isEmpty() || shown.getFirst().getDomProperty("value").isBlank() ? null
                        : shown.getFirst().getDomProperty("value");
            });
            String clientId = browser.waitFor(d -> d.findElements(By.cssSelector(".notice code")).stream()
                    .map(WebElement::getText).filter(text -> text.startsWith("harbor-api-")).findFirst().orElse(null));
            browser.waitFor(d -> d.findElement(By.id("main")).getText().contains("Records system " + run));

            // The page's secret gets a token, which reads this clinic's clients through the gateway
            String integration = tokens.client(clientId, secret);
            given().auth().oauth2(integration).get(gateway + "/api/v1/clients").then().statusCode(200);

            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + run;
            browser.type("input[name=url]", url);
            browser.driver.findElement(By.xpath("//button[normalize-space()='Add webhook']")).click();
            String signing = browser.waitFor(d -> d.findElements(By.cssSelector("code.secret")).stream()
                    .map(WebElement::getText).filter(text -> text.startsWith("whsec_")).findFirst().orElse(null));
            assertThat(signing).hasSizeGreaterThan("whsec_".length() + 30);
            browser.waitFor(d -> d.findElement(By.id("main")).getText().contains(url));
            browser.screenshot("15-clinic-integrations");
            browser.logOut();

            List<String> urls = given().auth().oauth2(tokens.user("anna")).get(gateway + "/api/v1/webhooks")
                    .then().statusCode(200).extract().path("url");
            assertThat(urls).contains(url);
        } finally {
            receiver.stop(0);
        }
    }

    private static String idFromUrl(Browser browser, String kind) {
        return browser.waitFor(d -> {
            Matcher m = UUID_IN_HASH.matcher(d.getCurrentUrl());
            return m.find() && m.group(1).equals(kind) ? m.group(2) : null;
        });
    }

    private static List<String> blocksInOrder(Browser browser) {
        return browser.driver.findElements(By.cssSelector("article.step")).stream()
                .map(step -> step.getDomAttribute("data-block")).toList();
    }

    private static int blockRank(String block) {
        return List.of("warm-up", "strengthening", "cool-down").indexOf(block);
    }
}
