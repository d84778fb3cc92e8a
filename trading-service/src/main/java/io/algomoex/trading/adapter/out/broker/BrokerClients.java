package io.algomoex.trading.adapter.out.broker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What every real broker connection is built from: its JSON reader, its HTTP client and its stream's scheduler. */
public final class BrokerClients {

    private BrokerClients() {}

    /** Reads decimals as BigDecimal (a price read through a double loses its exact value); ignores unknown fields. */
    public static JsonMapper json() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** One client for REST and the WebSocket; {@code readTimeout} bounds writes too, OkHttp pings the socket. */
    public static OkHttpClient http(Duration connectTimeout, Duration readTimeout, Duration pingInterval) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .pingInterval(pingInterval)
                .build();
    }

    /** A daemon thread for the stream's reconnects and subscriptions. */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name).factory());
    }
}
