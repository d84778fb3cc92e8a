package io.algomoex.trading;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closes every client connection of one vhost on the local RabbitMQ, as a broker restart or a network cut would: through
 * the management HTTP API when it answers ({@code 127.0.0.1:15672}, guest/guest unless {@code ALGO_IT_RABBITMQ_*}
 * say otherwise), else with {@code rabbitmqctl close_all_connections} on this machine.
 */
final class RabbitConnections {

    private final String virtualHost;
    private final JsonMapper json;

    RabbitConnections(String virtualHost, JsonMapper json) {
        this.virtualHost = virtualHost;
        this.json = json;
    }

    /**
     * Closes them all.
     *
     * @return how they were closed: the names the management API listed, or {@code rabbitmqctl}
     */
    List<String> closeAll(String reason) {
        String path = "/api/vhosts/" + encode(virtualHost) + "/connections";
        HttpResponse<String> listed = management("GET", path);
        if (listed == null) {
            rabbitmqctl(List.of("close_all_connections", "--vhost", virtualHost, reason));
            return List.of("rabbitmqctl");
        }
        List<String> closed = new ArrayList<>();
        for (JsonNode connection : json.readTree(listed.body())) {
            String name = connection.get("name").asString();
            management("DELETE", "/api/connections/" + encode(name));
            closed.add(name);
        }
        return closed;
    }

    private static HttpResponse<String> management(String method, String path) {
        String port = env("ALGO_IT_RABBITMQ_MANAGEMENT_PORT", "15672");
        String user = env("ALGO_IT_RABBITMQ_USER", "guest");
        String password = env("ALGO_IT_RABBITMQ_PASSWORD", "guest");
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials)
                .header("X-Reason", "RabbitReconnectIT")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
                throw new IllegalStateException("RabbitMQ management API answered " + response.statusCode() + " to "
                        + method + " " + path + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the RabbitMQ management API", e);
        }
    }

    private static void rabbitmqctl(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(arguments);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot close RabbitMQ connections: the management API does not answer"
                            + " and rabbitmqctl cannot run (" + e.getMessage() + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running rabbitmqctl", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
