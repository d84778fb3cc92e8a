package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** The backtest report page in headless Chromium, over a run made through REST on candles in the database. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "algo.api.token=test-token")
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class BacktestReportPageIT extends ReportPageTest {

    private StoredCandles candles;

    @BeforeEach
    void storeCandles() {
        candles = StoredCandles.insert(jdbc, 600, 20240103);
    }

    @AfterEach
    void removeData() {
        candles.drop();
    }

    @Test
    void drawsPriceWithAveragesAndFillsEquityDrawdownAndTheTables() throws IOException {
        Map<String, Object> run = runBacktest();
        List<?> trades = (List<?>) run.get("trades");
        long fills = ((List<?>) run.get("orders"))
                .stream()
                        .filter(order -> "COMPLETED".equals(((Map<?, ?>) order).get("status")))
                        .count();

        browser.open("http://localhost:" + port + "/backtests/" + run.get("id"));

        assertThat(browser.awaitState(List.of("ready", "not-found", "error"))).isEqualTo("ready");
        assertThat(browser.chartSeries("price-chart"))
                .containsExactly(
                        "candlestick SBER:TQBR " + candles.size(),
                        "line SMA 10 " + candles.size(),
                        "line SMA 30 " + candles.size(),
                        "scatter Buys " + (fills + 1) / 2,
                        "scatter Sells " + fills / 2);
        assertThat(browser.chartSeries("equity-chart")).containsExactly("line Equity, RUB " + candles.size());
        assertThat(browser.chartSeries("drawdown-chart")).containsExactly("line Drawdown " + candles.size());
        for (String chart : List.of("price-chart", "equity-chart", "drawdown-chart")) {
            assertThat(browser.svgPaths(chart))
                    .as("SVG paths drawn in %s", chart)
                    .isGreaterThan(10);
        }
        assertThat(browser.tableRows("#trades")).hasSize(trades.size()).hasSizeGreaterThan(2);
        assertThat(browser.tableRows("#metrics"))
                .hasSizeGreaterThan(10)
                .anySatisfy(row -> assertThat(row).startsWith("Trades").endsWith(" " + trades.size()));
        assertThat(browser.driver().findElement(By.id("csv")).getAttribute("href"))
                .endsWith("/api/v1/backtests/" + run.get("id") + "/equity.csv");
        assertThat(browser.driver().findElement(By.id("title")).getText()).isEqualTo("SBER:TQBR 1h · SMA 10/30");
        assertThat(severe(browser.console())).isEmpty();

        Path screenshot = browser.screenshot("backtest-report");
        assertThat(Files.size(screenshot)).isGreaterThan(50_000);
    }

    @Test
    void anUnknownRunSaysSoOnThePage() {
        String id = UUID.randomUUID().toString();

        browser.open("http://localhost:" + port + "/backtests/" + id);

        assertThat(browser.awaitState(List.of("ready", "not-found", "error"))).isEqualTo("not-found");
        assertThat(browser.driver().findElement(By.id("message")).getText())
                .isEqualTo("Backtest run " + id + " was not found: no backtest run " + id + ".");
        assertReportHiddenAndOnlyThe404sLogged("/api/v1/backtests/" + id);
        browser.screenshot("backtest-not-found");
    }

    private Map<String, Object> runBacktest() {
        return new RunningService(port)
                .http()
                .post()
                .uri("/api/v1/backtests")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer test-token")
                .body("""
                        {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                         "params":{"fast":10,"slow":30},"cash":1000000,"commission":0.0005,"size":2000}
                        """)
                .retrieve()
                .body(RunningService.JSON_OBJECT);
    }
}
