package io.algomoex.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus and Alertmanager (Debian's packages) with the repository's {@code prometheus.yml},
 * {@code prometheus/alerts.yml} and {@code alertmanager/alertmanager.yml}, adapted only in their targets: compose
 * host names become 127.0.0.1, the two listen on ports of their own, and the webhook's credentials file is the test's.
 */
final class Monitoring implements AutoCloseable {

    static final int PROMETHEUS_PORT = 19090;
    static final int ALERTMANAGER_PORT = 19093;
    private static final List<String> SERVICES =
            List.of("collector-service", "backtest-service", "trading-service", "alerting-service");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private ManagedProcess prometheus;
    private ManagedProcess alertmanager;

    Monitoring start(Path repository, Path work, String apiToken) throws IOException {
        Path config = Files.createDirectories(work.resolve("monitoring"));
        Files.createDirectories(config.resolve("prometheus"));
        String scrape = Files.readString(repository.resolve("prometheus.yml"));
        for (String service : SERVICES) {
            scrape = scrape.replace("\"" + service + ":", "\"127.0.0.1:");
        }
        scrape = scrape.replace("\"alertmanager:9093\"", "\"127.0.0.1:" + ALERTMANAGER_PORT + "\"")
                .replace("\"localhost:9090\"", "\"127.0.0.1:" + PROMETHEUS_PORT + "\"");
        Files.writeString(config.resolve("prometheus.yml"), scrape);
        Files.copy(
                repository.resolve("prometheus/alerts.yml"),
                config.resolve("prometheus/alerts.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path credentials = config.resolve("api-token");
        Files.writeString(credentials, apiToken);
        String alerting = Files.readString(repository.resolve("alertmanager/alertmanager.yml"))
                .replace("http://alerting-service:8084", "http://127.0.0.1:8084")
                .replace("/tmp/algomoex/api-token", credentials.toString());
        Files.writeString(config.resolve("alertmanager.yml"), alerting);

        prometheus = new ManagedProcess(
                        "prometheus",
                        List.of(
                                "prometheus",
                                "--config.file=" + config.resolve("prometheus.yml"),
                                "--storage.tsdb.path=" + config.resolve("prometheus-data"),
                                "--web.listen-address=127.0.0.1:" + PROMETHEUS_PORT),
                        Map.of(),
                        work)
                .start();
        alertmanager = new ManagedProcess(
                        "alertmanager",
                        List.of(
                                "prometheus-alertmanager",
                                "--config.file=" + config.resolve("alertmanager.yml"),
                                "--storage.path=" + config.resolve("alertmanager-data"),
                                "--web.listen-address=127.0.0.1:" + ALERTMANAGER_PORT,
                                "--cluster.listen-address="),
                        Map.of(),
                        work)
                .start();
        return this;
    }

    boolean ready() {
        return get("http://127.0.0.1:" + PROMETHEUS_PORT + "/-/ready") == 200
                && get("http://127.0.0.1:" + ALERTMANAGER_PORT + "/-/ready") == 200;
    }

    /** An instant query; the answer's {@code data.result}, or an exception naming Prometheus' error. */
    JsonNode query(String promql) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + PROMETHEUS_PORT + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8);
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        if (!"success".equals(answer.path("status").asString())) {
            throw new IllegalArgumentException("Prometheus refused '" + promql + "': " + answer.path("error"));
        }
        return answer.path("data").path("result");
    }

    /** Names of every series Prometheus holds. */
    List<String> metricNames() throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + PROMETHEUS_PORT + "/api/v1/label/__name__/values";
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body())
                .path("data")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    private int get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alertmanager != null) {
            alertmanager.stop(Duration.ofSeconds(10));
        }
        if (prometheus != null) {
            prometheus.stop(Duration.ofSeconds(10));
        }
    }
}
