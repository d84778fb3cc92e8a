package io.algomoex.testsupport.infrastructure;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RabbitMQ virtual host integration tests use on a local broker. By default every JVM gets its own vhost
 * {@code algomoex_<pid>_it}, deleted with all its queues and exchanges when the JVM exits; a name set in
 * {@code ALGO_IT_RABBITMQ_VHOST} is created if missing and kept. The vhost is managed through the management HTTP API
 * when it answers, else with {@code rabbitmqctl} on this machine; so are the connections a test cuts
 * ({@link #closeConnections}).
 */
public final class LocalRabbit {

    private static final Logger log = LoggerFactory.getLogger(LocalRabbit.class);
    private static final String CREATE_VHOST = "create a RabbitMQ vhost";
    private static String virtualHost;

    private LocalRabbit() {}

    static String user() {
        return Environment.get("ALGO_IT_RABBITMQ_USER", "guest");
    }

    static String password() {
        return Environment.get("ALGO_IT_RABBITMQ_PASSWORD", "guest");
    }

    static synchronized String virtualHost() {
        if (virtualHost == null) {
            String configured = Environment.get("ALGO_IT_RABBITMQ_VHOST", null);
            String name = configured != null
                    ? configured
                    : "algomoex_" + ProcessHandle.current().pid() + "_it";
            if (!name.endsWith("_it")) {
                throw new IllegalStateException(
                        "refusing to run integration tests in RabbitMQ vhost '" + name + "': its name must end in _it");
            }
            create(name);
            if (configured == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(name), "delete-vhost-" + name));
            }
            virtualHost = name;
        }
        return virtualHost;
    }

    /**
     * Closes every client connection of a virtual host on the local broker, as a broker restart or a network cut would.
     *
     * @return how they were closed: the connection names the management API listed, or {@code rabbitmqctl}
     */
    public static List<String> closeConnections(String virtualHost, String reason) {
        String listed = call("GET", "/api/vhosts/" + encode(virtualHost) + "/connections?columns=name", null);
        if (listed == null) {
            rabbitmqctl(List.of("close_all_connections", "--vhost", virtualHost, reason), false, "close connections");
            return List.of("rabbitmqctl");
        }
        List<String> closed = new ArrayList<>();
        for (JsonNode connection : JsonMapper.shared().readTree(listed)) {
            String name = connection.get("name").asString();
            call("DELETE", "/api/connections/" + encode(name), null);
            closed.add(name);
        }
        return closed;
    }

    private static void create(String name) {
        String path = "/api/vhosts/" + encode(name);
        String permissions = "/api/permissions/" + encode(name) + "/" + encode(user());
        boolean viaHttp = management("PUT", path, "{}")
                && management("PUT", permissions, "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        if (!viaHttp) {
            rabbitmqctl(List.of("add_vhost", name), true, CREATE_VHOST);
            rabbitmqctl(List.of("set_permissions", "-p", name, user(), ".*", ".*", ".*"), false, CREATE_VHOST);
        }
        log.info("Using RabbitMQ vhost {} for integration tests", name);
    }

    private static void delete(String name) {
        if (!management("DELETE", "/api/vhosts/" + encode(name), null)) {
            try {
                rabbitmqctl(List.of("delete_vhost", name), false, "delete a RabbitMQ vhost");
            } catch (IllegalStateException e) {
                log.warn("Could not delete RabbitMQ vhost {}: {}", name, e.getMessage());
            }
        }
    }

    /** Calls the management API; false when it does not answer (plugin off), so the caller falls back. */
    private static boolean management(String method, String path, String body) {
        return call(method, path, body) != null;
    }

    /**
     * Calls the management API and returns the response body, or {@code null} when it does not answer. A DELETE of
     * something already gone counts as done.
     */
    private static String call(String method, String path, String body) {
        BackingService service = BackingService.RABBITMQ;
        String port = Environment.get("ALGO_IT_RABBITMQ_MANAGEMENT_PORT", "15672");
        String credentials =
                Base64.getEncoder().encodeToString((user() + ":" + password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + service.host() + ":" + port + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2 || (method.equals("DELETE") && response.statusCode() == 404)) {
                return response.body();
            }
            throw new IllegalStateException("RabbitMQ management API answered " + response.statusCode() + " to "
                    + method + " " + path + ": " + response.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** @param purpose what the command is for, named in the error when neither way works */
    private static void rabbitmqctl(List<String> arguments, boolean tolerateExisting, String purpose) {
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
            boolean alreadyThere = tolerateExisting && output.contains("already exists");
            if (process.exitValue() != 0 && !alreadyThere) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            String hint = CREATE_VHOST.equals(purpose)
                    ? ". Enable rabbitmq_management or set ALGO_IT_RABBITMQ_VHOST to an existing *_it vhost."
                    : "";
            throw new IllegalStateException(
                    "cannot " + purpose + " for integration tests: the management API (port 15672) does not"
                            + " answer and rabbitmqctl cannot run (" + e.getMessage() + ")" + hint,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running rabbitmqctl", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
