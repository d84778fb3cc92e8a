package io.algomoex.collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on the loopback interface whose answers a test sets with {@link #answer}, recording every request
 * and the instant it arrived (for the rate-limit assertions).
 */
final class LoopbackVendor {

    private final MockWebServer server;
    private final AtomicReference<Function<RecordedRequest, MockResponse>> answers = new AtomicReference<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    record Arrival(Instant at, RecordedRequest request) {}

    private LoopbackVendor(MockWebServer server) {
        this.server = server;
    }

    static LoopbackVendor start() {
        MockWebServer server = new MockWebServer();
        LoopbackVendor vendor = new LoopbackVendor(server);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                vendor.arrivals.add(new Arrival(Instant.now(), request));
                Function<RecordedRequest, MockResponse> answer = vendor.answers.get();
                return answer == null
                        ? new MockResponse.Builder()
                                .code(404)
                                .body("no answer configured")
                                .build()
                        : answer.apply(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vendor;
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    void answer(Function<RecordedRequest, MockResponse> answer) {
        answers.set(answer);
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    List<RecordedRequest> requests(String pathPart) {
        return arrivals.stream()
                .map(Arrival::request)
                .filter(request -> request.getUrl().encodedPath().contains(pathPart))
                .toList();
    }

    void reset() {
        answers.set(null);
        arrivals.clear();
    }
}
