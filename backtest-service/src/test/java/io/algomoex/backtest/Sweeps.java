package io.algomoex.backtest;

import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.Exchanges;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.testsupport.service.RunningService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The sweep and walk-forward endpoints of the service on {@code port} seen over HTTP, with the token, and the checks
 * and clean-up the sweep tests share.
 */
final class Sweeps {

    static final String TOKEN = "test-token";

    private final RestClient http;

    Sweeps(int port) {
        this.http = new RunningService(port).http();
    }

    ResponseEntity<Map<String, Object>> post(String path, String body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TOKEN)
                .body(body)
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);
    }

    ResponseEntity<Map<String, Object>> delete(String path) {
        return http.delete()
                .uri(path)
                .header("Authorization", "Bearer " + TOKEN)
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);
    }

    Map<String, Object> get(String path) {
        return http.get().uri(path).retrieve().body(RunningService.JSON_OBJECT);
    }

    int getStatus(String path) {
        return http.get()
                .uri(path)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    List<Map<String, Object>> results(String id) {
        return http.get()
                .uri("/api/v1/sweeps/" + id + "/results")
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    }

    Map<String, Object> problem(String path, String body, int status) {
        ResponseEntity<Map<String, Object>> response = post(path, body);
        org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value())
                .as("%s %s", path, body)
                .isEqualTo(status);
        return response.getBody();
    }

    /** Starts a sweep or walk-forward at {@code path} and returns it once it has succeeded. */
    Map<String, Object> startAndAwaitSuccess(String path, String body) {
        String id = (String) post(path, body).getBody().get("id");
        return awaitStatus(path + "/" + id, "SUCCEEDED");
    }

    /** Waits for the job to reach {@code status} and returns it; fails at once if it ends in another final status. */
    Map<String, Object> awaitStatus(String path, String status) {
        AtomicReference<Map<String, Object>> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Map<String, Object> job = get(path);
                    last.set(job);
                    Object now = job.get("status");
                    if (!status.equals(now)
                            && List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(now)) {
                        throw new AssertionError("job ended " + now + ": " + job.get("error"));
                    }
                    return status.equals(now);
                });
        return last.get();
    }

    /** The ranked list as {@code fast:slow=objective}, comparable between REST and the engine. */
    static List<String> ranking(Map<String, Object> sweep) {
        return ((List<?>) sweep.get("top"))
                .stream()
                        .map(entry -> (Map<?, ?>) entry)
                        .map(entry -> {
                            Map<?, ?> params = (Map<?, ?>) entry.get("params");
                            Object objective = entry.get("objective");
                            return params.get("fast") + ":" + params.get("slow") + "="
                                    + (objective == null ? "null" : ((Number) objective).doubleValue());
                        })
                        .toList();
    }

    static List<String> ranking(List<SweepEntry> engine) {
        return engine.stream()
                .map(entry -> entry.fast() + ":" + entry.slow() + "="
                        + (Double.isNaN(entry.score()) ? "null" : entry.score()))
                .toList();
    }

    /** Stored combinations of the sweep, each counted once per row: duplicates would show as a difference. */
    static long storedCombinations(JdbcClient jdbc, String id) {
        long rows = jdbc.sql("SELECT count(*) FROM backtest.sweep_results WHERE sweep_id = ?::uuid")
                .param(id)
                .query(Long.class)
                .single();
        long distinct = jdbc.sql(
                        "SELECT count(DISTINCT (fast, slow)) FROM backtest.sweep_results WHERE sweep_id = ?::uuid")
                .param(id)
                .query(Long.class)
                .single();
        long chunked = jdbc.sql("SELECT coalesce(sum(combos), 0) FROM backtest.sweep_chunks WHERE sweep_id = ?::uuid"
                        + " AND status = 'DONE'")
                .param(id)
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(distinct).isEqualTo(rows);
        org.assertj.core.api.Assertions.assertThat(chunked).isEqualTo(rows);
        return rows;
    }

    static long queueDepth(AmqpAdmin amqp) {
        Properties properties = amqp.getQueueProperties(Exchanges.SWEEP_CHUNKS_QUEUE);
        Object count = properties == null ? null : properties.get("QUEUE_MESSAGE_COUNT");
        return count == null ? -1 : ((Number) count).longValue();
    }

    static long unsentOutbox(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM backtest.outbox WHERE sent_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Removes what a sweep test leaves: chunk messages still queued, sweeps, runs, outbox events and candles. */
    static void removeAll(AmqpAdmin amqp, JdbcClient jdbc) {
        amqp.purgeQueue(Exchanges.SWEEP_CHUNKS_QUEUE, false);
        jdbc.sql("DELETE FROM backtest.sweeps").update();
        jdbc.sql("DELETE FROM backtest.outbox").update();
        jdbc.sql("DELETE FROM backtest.runs").update();
        StoredCandles.drop(jdbc);
    }
}
