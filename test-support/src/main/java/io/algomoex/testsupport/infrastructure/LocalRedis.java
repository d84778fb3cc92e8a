package io.algomoex.testsupport.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis database integration tests use on a local server: {@code ALGO_IT_REDIS_DATABASE} (default 13, never 0,
 * where a developer's own data lives). It is emptied before the first test and again when the JVM exits.
 */
final class LocalRedis {

    private static final Logger log = LoggerFactory.getLogger(LocalRedis.class);
    private static Integer database;

    private LocalRedis() {}

    static synchronized int database() {
        if (database == null) {
            String value = Environment.get("ALGO_IT_REDIS_DATABASE", "13");
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("ALGO_IT_REDIS_DATABASE must be a number, got '" + value + "'", e);
            }
            if (number <= 0) {
                throw new IllegalStateException(
                        "refusing to run integration tests in Redis database " + number + ": use 1 or more");
            }
            flush(number);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(number), "flush-redis-" + number));
            database = number;
        }
        return database;
    }

    static String password() {
        return Environment.get("ALGO_IT_REDIS_PASSWORD", null);
    }

    /** Sends SELECT and FLUSHDB in the Redis wire protocol; no client library is needed for two commands. */
    private static void flush(int number) {
        BackingService service = BackingService.REDIS;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(service.host(), service.port()), 1_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder commands = new StringBuilder();
            if (password() != null) {
                commands.append(command("AUTH", password()));
            }
            commands.append(command("SELECT", Integer.toString(number))).append(command("FLUSHDB"));
            out.write(commands.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            int replies = password() != null ? 3 : 2;
            for (int i = 0; i < replies; i++) {
                String reply = readLine(in);
                if (!reply.startsWith("+")) {
                    throw new IllegalStateException("Redis answered " + reply);
                }
            }
        } catch (IOException e) {
            log.warn("Could not flush Redis database {}: {}", number, e.getMessage());
        }
    }

    private static String command(String... parts) {
        StringBuilder text = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            text.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        return text.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
