package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import dev.upright.deploy.demo.DemoClinics;
import dev.upright.testing.Tokens;

/**
 * The demo clinics the local stack seeds on its first start, as a new user meets them: theo logs in and finds his
 * caseload, a client's charts and open alerts without creating anything. Seeds the shared platform itself (the
 * launcher seeds only through up.sh), after the other browser test, which links a demo login of its own first;
 * nothing else relies on the demo data. Screenshots land in target/screenshots.
 */
@Order(2)
@ExtendWith(SharedPlatform.class)
class DemoClinicsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Theo's clients in the demo caseload (dev.upright.deploy.demo.DemoCaseload). */
    private static final List<String> THEOS_CLIENTS = List.of("Clara Novak", "Colin Reyes", "Maya Lindqvist", "Jonas Weber",
            "Priya Raman", "Oliver Brandt");

    @Test
    void shouldShowTheoASeededCaseloadWithChartsAndAlerts(LocalStack stack) {
        Browser.requireOrSkip();
        String gateway = stack.settings().gatewayUrl();
        DemoClinics.Seeded seeded = new DemoClinics(gateway, stack.settings().keycloakUrl()).seed();
        seeded.warnings().forEach(w -> System.out.println("Demo seeding note: " + w));
        assertThat(seeded.clients()).isEqualTo(15);
        assertThat(seeded.sessions()).isGreaterThan(60);
        assertThat(seeded.openAlerts()).isGreaterThanOrEqualTo(4);
        KeycloakWebClient.allowOrigin(stack.settings().keycloakUrl(), gateway);

        try (var browser = new Browser(gateway, SCREENSHOTS)) {
            // The dashboard: his caseload, the clients needing attention first, and the newest alerts
            browser.logIn("theo", Tokens.DEMO_PASSWORD);
            browser.waitFor(d -> THEOS_CLIENTS.stream().allMatch(name -> browser.mainText().contains(name)));
            assertThat(browser.find("table.data tbody tr.attention").getText()).contains("Alert");
            // Which alerts are newest depends on when the sweep ran, so only their presence is checked here
            assertThat(browser.mainText()).contains("Newest alerts");
            browser.screenshot("demo-01-theo-dashboard");

            browser.open("/clients");
            browser.waitFor(d -> THEOS_CLIENTS.stream().allMatch(name -> browser.mainText().contains(name)));
            browser.screenshot("demo-02-clients");

            // A client whose pain has been creeping up: adherence and pain trend drawn as charts
            browser.driver.findElement(By.linkText("Colin Reyes")).click();
            browser.waitFor(d -> drawnCharts(browser) >= 2);
            assertThat(browser.mainText()).contains("Pain trend").contains("Adherence per week");
            browser.screenshot("demo-03-client-page");
            browser.screenshotOf(By.xpath("//h2[.='Progress']/following-sibling::div[1]"), "demo-04-client-charts");

            browser.open("/alerts");
            browser.waitFor(d -> browser.mainText().contains("Priya Raman") && browser.mainText().contains("Colin Reyes"));
            assertThat(browser.driver.findElements(By.cssSelector("table.data tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
            assertThat(browser.mainText()).contains("Pain reported on").contains("rose from");
            browser.screenshot("demo-05-alerts");
        }
    }

    /** Canvases Chart.js has drawn a chart on (a canvas alone would also be there if Chart.js had failed). */
    private static long drawnCharts(Browser browser) {
        return (Long) browser.driver.executeScript(
                "return Array.from(document.querySelectorAll('canvas')).filter(c => window.Chart && window.Chart.getChart(c)).length");
    }
}
