package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the report pages' browser tests: one headless Chromium per test class (skipped without it, failing under
 * {@code CI=true}), the running service's port and its database.
 */
abstract class ReportPageTest {

    static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        HeadlessChromium.assumeInstalled();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * The page shows its message in place of the report, and the only console errors are the browser's own notes on
     * the 404 answers from {@code api} that the page reported.
     */
    static void assertReportHiddenAndOnlyThe404sLogged(String api) {
        assertThat(browser.driver().findElement(By.id("report")).isDisplayed()).isFalse();
        assertThat(severe(browser.console()))
                .isNotEmpty()
                .allSatisfy(
                        entry -> assertThat(entry.getMessage()).contains(api).contains("404"));
    }

    static List<LogEntry> severe(List<LogEntry> entries) {
        return entries.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }
}
