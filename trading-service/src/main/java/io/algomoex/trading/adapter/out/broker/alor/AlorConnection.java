package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.trading.adapter.out.broker.BrokerClients;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Alor account: the HTTP client, the shared access token, and the gateway and bar stream built on them.
 * {@link #close()} stops the stream and releases the client's threads.
 */
public final class AlorConnection implements AutoCloseable {

    /** The broker name strategies give in {@code broker}, and the figures' {@code broker} tag. */
    public static final String BROKER = "alor";

    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final AlorBrokerGateway gateway;
    private final AlorBarStream stream;

    /**
     * @param boardsBySymbol the board of each traded symbol, to name positions (Alor's carry no board)
     */
    public AlorConnection(
            AlorSettings settings, MeterRegistry registry, Clock clock, Map<String, String> boardsBySymbol) {
        this(settings, new BrokerMeters(registry, BROKER), clock, boardsBySymbol);
    }

    /** Over meters registered once per registry (a gauge registered twice keeps its first source). */
    public AlorConnection(AlorSettings settings, BrokerMeters meters, Clock clock, Map<String, String> boardsBySymbol) {
        if (!BROKER.equals(meters.broker())) {
            throw new IllegalArgumentException("Alor needs meters tagged broker=alor, got " + meters.broker());
        }
        JsonMapper json = BrokerClients.json();
        this.http = BrokerClients.http(settings.connectTimeout(), settings.readTimeout(), settings.pingInterval());
        this.scheduler = BrokerClients.scheduler("alor-reconnect");
        AlorAccessTokens tokens = new AlorAccessTokens(http, settings, json, meters, clock);
        AlorRest rest = new AlorRest(http, tokens, settings, json, meters, clock);
        this.gateway = new AlorBrokerGateway(rest, settings, json, boardsBySymbol, clock);
        this.stream = new AlorBarStream(http, settings, tokens, json, meters, scheduler, clock);
    }

    public AlorBrokerGateway gateway() {
        return gateway;
    }

    public AlorBarStream stream() {
        return stream;
    }

    @Override
    public void close() {
        stream.close();
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
