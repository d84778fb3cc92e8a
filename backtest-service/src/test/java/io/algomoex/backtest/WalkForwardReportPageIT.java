package io.algomoex.backtest;

import static io.algomoex.backtest.BacktestReportPageIT.severe;
import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The walk-forward report page in headless Chromium. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "algo.api.token=test-token")
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class WalkForwardReportPageIT {

    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        HeadlessChromium.assumeInstalled();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUnknownIdSaysSoOnThePage() {
        String id = UUID.randomUUID().toString();

        browser.open("http://localhost:" + port + "/walk-forward/" + id);

        assertThat(browser.awaitState(List.of("ready", "running", "not-found", "error")))
                .isEqualTo("not-found");
        assertThat(browser.driver().findElement(By.id("message")).getText())
                .startsWith("Walk-forward " + id + " was not found: ");
        assertThat(browser.driver().findElement(By.id("report")).isDisplayed()).isFalse();
        // The only errors are the browser's own notes on the API's 404 answer the page reported.
        assertThat(severe(browser.console()))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getMessage())
                        .contains("/api/v1/walk-forward/" + id)
                        .contains("404"));
        browser.screenshot("walk-forward-not-found");
    }
}
