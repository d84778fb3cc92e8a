package io.algomoex.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four service jars, each started as {@code java -jar} with the environment {@code docker-compose.yml} gives it
 * for the test's {@code .env}, plus the few settings listed in {@link #overrides} that point it at the loopback
 * fakes. Compose host names resolve to loopback through a hosts file of the JVM's own
 * ({@code -Djdk.net.hosts.file}), so the compose values themselves are used unchanged.
 */
final class ServiceStack implements AutoCloseable {

    static final Map<String, Integer> PORTS = Map.of(
            "collector-service", 8081, "backtest-service", 8082, "trading-service", 8083, "alerting-service", 8084);

    private final Path repository;
    private final Path work;
    private final ComposeFile compose;
    private final Map<String, String> dotEnv;
    private final Map<String, Map<String, String>> overrides;
    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path hosts;

    ServiceStack(
            Path repository,
            Path work,
            ComposeFile compose,
            Map<String, String> dotEnv,
            Map<String, Map<String, String>> overrides)
            throws IOException {
        this.repository = repository;
        this.work = work;
        this.compose = compose;
        this.dotEnv = Map.copyOf(dotEnv);
        this.overrides = Map.copyOf(overrides);
        this.hosts = work.resolve("hosts");
        Files.createDirectories(work);
        Files.writeString(
                hosts,
                "127.0.0.1 localhost timescaledb rabbitmq prometheus alertmanager grafana "
                        + String.join(" ", PORTS.keySet()) + "\n"
                        + LocalInfrastructure.REDIS_ADDRESS + " redis\n");
    }

    /** What the service gets: compose's environment, then the test's overrides. */
    Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>(compose.environment(service, dotEnv));
        environment.putAll(overrides.getOrDefault(service, Map.of()));
        // Listen on loopback only: the CI machine's other interfaces are not this test's.
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        return environment;
    }

    ManagedProcess start(String service) throws IOException {
        Path jar = repository.resolve(service).resolve("target").resolve(service + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the jars first with ./mvnw -B verify");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ManagedProcess process = new ManagedProcess(
                        service,
                        List.of(
                                java,
                                "-Xmx320m",
                                "-XX:+UseSerialGC",
                                "-XX:TieredStopAtLevel=1",
                                "-Djdk.net.hosts.file=" + hosts,
                                "-jar",
                                jar.toString()),
                        environment(service),
                        work)
                .start();
        running.put(service, process);
        return process;
    }

    ManagedProcess process(String service) {
        return running.get(service);
    }

    /** True when the service answers {@code /actuator/health} with 200 (status UP). */
    boolean healthy(String service) {
        ManagedProcess process = running.get(service);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(
                    service + " is not running; its log ends with:\n" + (process == null ? "" : process.tail(40)));
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(service, "/actuator/health")))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String url(String service, String path) {
        return "http://127.0.0.1:" + PORTS.get(service) + path;
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedProcess process : running.values()) {
            process.stop(Duration.ofSeconds(20));
        }
    }
}
