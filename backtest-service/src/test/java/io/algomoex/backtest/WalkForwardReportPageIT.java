package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The walk-forward report page in headless Chromium. */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"algo.api.token=test-token", "algo.backtest.outbox.relay-interval=200ms"})
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class WalkForwardReportPageIT extends ReportPageTest {

    @Autowired
    AmqpAdmin amqp;

    @AfterEach
    void removeData() {
        Sweeps.removeAll(amqp, jdbc);
    }

    @Test
    void drawsTheStitchedEquityAndOneRowPerFold() {
        StoredCandles.insert(jdbc, 1000, 20240103);
        Map<String, Object> report = new Sweeps(port).startAndAwaitSuccess("/api/v1/walk-forward", """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                 "cash":1000000,"commission":0.0005,"size":10,"grid":{"fast":"3:15:4","slow":"20:60:20"},
                 "objective":"total-return","minTrades":1,"trainBars":400,"testBars":200,"anchored":false}
                """);
        String id = (String) report.get("id");
        List<?> folds = (List<?>) report.get("folds");
        List<?> equity = (List<?>) ((Map<?, ?>) report.get("stitched")).get("equity");

        browser.open("http://localhost:" + port + "/walk-forward/" + id);

        assertThat(browser.awaitState(List.of("ready", "running", "not-found", "error")))
                .isEqualTo("ready");
        assertThat(folds).hasSize(3);
        assertThat(browser.chartSeries("equity-chart"))
                .containsExactly("line Out-of-sample equity, RUB " + equity.size());
        assertThat(browser.svgPaths("equity-chart")).isGreaterThan(5);
        assertThat(browser.tableRows("#folds"))
                .hasSize(folds.size())
                .first()
                .satisfies(row -> assertThat(row).startsWith("0 "));
        assertThat(browser.tableRows("#metrics")).isNotEmpty();
        assertThat(severe(browser.console())).isEmpty();
        browser.screenshot("walk-forward-report");
    }

    @Test
    void anUnknownIdSaysSoOnThePage() {
        String id = UUID.randomUUID().toString();

        browser.open("http://localhost:" + port + "/walk-forward/" + id);

        assertThat(browser.awaitState(List.of("ready", "running", "not-found", "error")))
                .isEqualTo("not-found");
        assertThat(browser.driver().findElement(By.id("message")).getText())
                .startsWith("Walk-forward " + id + " was not found: ");
        assertReportHiddenAndOnlyThe404sLogged("/api/v1/walk-forward/" + id);
        browser.screenshot("walk-forward-not-found");
    }
}
