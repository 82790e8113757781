package dev.upright.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver, with what a user does on the web app:
 * log in on Keycloak's page, open pages, fill fields, and screenshots of what they see.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;

    Browser(String baseUrl, Path screenshots) {
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        try {
            this.profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless on a machine without network beyond localhost: nothing in the background may phone home
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips a browser test where Chromium is missing, except where the environment says browser tests must run
     * ({@code UPRIGHT_BROWSER_TESTS=required}, which CI sets after installing Chromium): there it fails.
     */
    static void requireOrSkip() {
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if ("required".equals(System.getenv("UPRIGHT_BROWSER_TESTS"))) {
            if (!available()) throw new AssertionError(missing + "; UPRIGHT_BROWSER_TESTS=required");
        } else {
            org.junit.jupiter.api.Assumptions.assumeTrue(available(), missing + ": skipped");
        }
    }

    /** Logs in from the web app's welcome page through Keycloak's own form (username first, then password). */
    void logIn(String username, String password) {
        driver.get(baseUrl + "/");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
        }
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    void logOut() {
        waitFor(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("login")));
    }

    /** Opens a page of the app by its route (the part after #), reloading so it shows fresh data. */
    void open(String route) {
        driver.get(baseUrl + "/#" + route);
        driver.navigate().refresh();
        waitFor(d -> !d.findElements(By.cssSelector("main .page, main h1")).isEmpty());
    }

    WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(condition, Duration.ofSeconds(30));
    }

    <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        // Pages redraw parts of themselves as data arrives: an element found a moment ago may be replaced
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** A full-page screenshot as the user sees it (charts included) under the screenshots folder. */
    Path screenshot(String name) {
        // Charts draw on the next animation frame: give them one before the picture
        pause(400);
        // As tall as the page (up to a limit), so a picture shows the whole page and not only the top
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(3000, Math.max(before.getHeight(), height.intValue() + 20))));
        pause(300);
        Path file = save(name, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
        return file;
    }

    /** A screenshot of one part of the page only, e.g. a client's charts further down a long page. */
    Path screenshotOf(By part, String name) {
        WebElement element = waitFor(ExpectedConditions.visibilityOfElementLocated(part));
        driver.executeScript("arguments[0].scrollIntoView()", element);
        pause(400);
        return save(name, element.getScreenshotAs(OutputType.BYTES));
    }

    private Path save(String name, byte[] png) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
