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

/** The sweep report page in headless Chromium. */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.api.token=test-token",
            "algo.backtest.sweep.chunk-size=10",
            "algo.backtest.outbox.relay-interval=200ms"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class SweepReportPageIT extends ReportPageTest {

    @Autowired
    AmqpAdmin amqp;

    @AfterEach
    void removeData() {
        Sweeps.removeAll(amqp, jdbc);
    }

    @Test
    void drawsTheHeatmapOfEveryCombinationAndTheTopTableOfAFinishedSweep() {
        StoredCandles.insert(jdbc, 600, 20240103);
        Map<String, Object> sweep = new Sweeps(port).startAndAwaitSuccess("/api/v1/sweeps", """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                 "cash":1000000,"commission":0.0005,"size":10,
                 "grid":{"fast":"4:20:2","slow":"20:60:5"},"objective":"sharpe","minTrades":3,"top":10}
                """);
        String id = (String) sweep.get("id");
        int combinations = ((Number) sweep.get("combinations")).intValue();
        int top = ((List<?>) sweep.get("top")).size();

        browser.open("http://localhost:" + port + "/sweeps/" + id);

        assertThat(browser.awaitState(List.of("ready", "running", "not-found", "error")))
                .isEqualTo("ready");
        assertThat(browser.chartSeries("heatmap-chart")).containsExactly("heatmap sharpe " + combinations);
        assertThat(browser.svgPaths("heatmap-chart")).isGreaterThanOrEqualTo(combinations);
        assertThat(top).isPositive();
        assertThat(browser.tableRows("#top"))
                .hasSize(top)
                .first()
                .satisfies(row ->
                        assertThat(row).startsWith("1 " + params(sweep, "fast") + " " + params(sweep, "slow") + " "));
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("SUCCEEDED");
        assertThat(severe(browser.console())).isEmpty();
        browser.screenshot("sweep-report");
    }

    private static Object params(Map<String, Object> sweep, String name) {
        return ((Map<?, ?>) ((Map<?, ?>) sweep.get("best")).get("params")).get(name);
    }

    @Test
    void anUnknownIdSaysSoOnThePage() {
        String id = UUID.randomUUID().toString();

        browser.open("http://localhost:" + port + "/sweeps/" + id);

        assertThat(browser.awaitState(List.of("ready", "running", "not-found", "error")))
                .isEqualTo("not-found");
        assertThat(browser.driver().findElement(By.id("message")).getText())
                .startsWith("Sweep " + id + " was not found: ");
        assertReportHiddenAndOnlyThe404sLogged("/api/v1/sweeps/" + id);
        browser.screenshot("sweep-not-found");
    }
}
