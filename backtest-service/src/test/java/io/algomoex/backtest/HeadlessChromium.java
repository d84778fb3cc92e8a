package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver. Both paths are given explicitly, so Selenium
 * Manager never looks for (or downloads) a browser or driver: the tests run on a machine without internet.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * Skips the calling test class when Chromium or chromedriver is not installed, except under {@code CI=true},
     * where a missing browser fails the build instead of hiding the browser tests.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as(message).isTrue();
        } else {
            assumeTrue(installed, message + "; skipping");
        }
    }

    static HeadlessChromium start() {
        try {
            Path profile = Files.createTempDirectory("algomoex-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + WIDTH + "," + HEIGHT);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        driver.get(url);
    }

    /** Waits until the page script marks the body with one of the final states and returns it. */
    String awaitState(List<String> states) {
        Predicate<String> done = states::contains;
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> {
            String state = (String) script("return document.body.dataset.state;");
            return done.test(state) ? state : null;
        });
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** "type name points" of each series of the ECharts instance drawn in the element with this id. */
    @SuppressWarnings("unchecked")
    List<String> chartSeries(String element) {
        return (List<String>) script("""
                const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                return chart ? chart.getOption().series.map(s => s.type + ' ' + s.name + ' ' + s.data.length) : [];
                """, element);
    }

    /** How many SVG paths the chart in the element with this id drew. */
    long svgPaths(String element) {
        return ((Number) script("return document.querySelectorAll('#' + arguments[0] + ' svg path').length;", element))
                .longValue();
    }

    /** The text of each body row of a table, cells joined by single spaces. */
    @SuppressWarnings("unchecked")
    List<String> tableRows(String table) {
        return (List<String>) script("""
                return [...document.querySelectorAll(arguments[0] + ' tbody tr')]
                    .map(row => [...row.cells].map(cell => cell.textContent).join(' '));
                """, table);
    }

    /** Console entries of the page since the last call. */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        // The window size includes the browser's own frame; the page needs its whole height inside the viewport.
        long frame = ((Number) script("return window.outerHeight - window.innerHeight;")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.max(HEIGHT, height + frame)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
