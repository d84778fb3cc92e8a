package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.trading.adapter.out.broker.BrokerClients;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One T-Invest account: the HTTP client, the account id, the instrument cache, and the gateway and candle stream
 * built on them. {@link #close()} stops the stream and releases the client's threads.
 */
public final class TinvestConnection implements AutoCloseable {

    /** The broker name strategies give in {@code broker}, and the figures' {@code broker} tag. */
    public static final String BROKER = "tinvest";

    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final TinvestBrokerGateway gateway;
    private final TinvestCandleStream stream;

    /** Over meters registered once per registry and tagged {@code broker=tinvest}. */
    public TinvestConnection(TinvestSettings settings, BrokerMeters meters, Clock clock) {
        if (!BROKER.equals(meters.broker())) {
            throw new IllegalArgumentException("T-Invest needs meters tagged broker=tinvest, got " + meters.broker());
        }
        JsonMapper json = BrokerClients.json();
        this.http = BrokerClients.http(settings.connectTimeout(), settings.readTimeout(), settings.pingInterval());
        this.scheduler = BrokerClients.scheduler("tinvest-stream");
        TinvestRest rest = new TinvestRest(http, settings, json, meters, clock);
        TinvestInstruments instruments = new TinvestInstruments(rest);
        TinvestAccount account = new TinvestAccount(rest, settings);
        this.gateway = new TinvestBrokerGateway(rest, account, instruments);
        this.stream = new TinvestCandleStream(http, settings, rest, instruments, json, meters, scheduler, clock);
    }

    public TinvestBrokerGateway gateway() {
        return gateway;
    }

    public TinvestCandleStream stream() {
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
