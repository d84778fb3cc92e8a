package io.algomoex.trading.adapter.out.broker;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker's market-data WebSocket that comes back: connected on the first subscription, and after a drop (a failure,
 * a close from the broker, a missing pong) connected again after a back-off that doubles from {@code reconnectFirst}
 * up to {@code reconnectMax} and starts over once a connection opens. What is said on the connection belongs to the
 * {@link Handler}: it subscribes every series on each new connection and reads the messages. Reports
 * {@code trading_broker_stream_connected}, {@code trading_broker_stream_subscribed} and the reconnects through {@link BrokerMeters}.
 */
public final class BrokerSocket {

    private static final Logger log = LoggerFactory.getLogger(BrokerSocket.class);

    /** What the stream says on the connection; called on OkHttp's reader thread. */
    public interface Handler {

        /** A connection opened (the first or a new one): subscribe every series on it. Runs under the socket's lock. */
        void opened(WebSocket socket);

        /** A text message arrived on the current connection. */
        void received(WebSocket socket, String text);

        /** The broker closed the connection with this code; the drop is handled after. */
        default void closing(int code, String reason) {}
    }

    private final String name;
    private final OkHttpClient http;
    private final Supplier<Request> request;
    private final Duration reconnectFirst;
    private final Duration reconnectMax;
    private final BrokerMeters meters;
    private final ScheduledExecutorService scheduler;
    private final Handler handler;
    private WebSocket socket;
    private boolean open;
    private boolean closed;
    private boolean everConnected;
    private Duration backoff;

    /** @param name how the logs call the stream, for example {@code Alor data stream} */
    public BrokerSocket(
            String name,
            OkHttpClient http,
            Supplier<Request> request,
            Duration reconnectFirst,
            Duration reconnectMax,
            BrokerMeters meters,
            ScheduledExecutorService scheduler,
            Handler handler) {
        this.name = name;
        this.http = http;
        this.request = request;
        this.reconnectFirst = reconnectFirst;
        this.reconnectMax = reconnectMax;
        this.meters = meters;
        this.scheduler = scheduler;
        this.handler = handler;
        this.backoff = reconnectFirst;
    }

    /**
     * Registers a series and subscribes it: {@code register} runs under the socket's lock, so a connection opening at
     * the same moment subscribes it exactly once, either through {@link Handler#opened} or through {@code sendIfOpen}
     * on the connection already open. Connects when there is no connection yet.
     */
    public synchronized void subscribe(Runnable register, Consumer<WebSocket> sendIfOpen) {
        register.run();
        meters.streamSubscribed(!closed);
        if (open) {
            sendIfOpen.accept(socket);
        } else if (socket == null) {
            connect();
        }
    }

    /** Closes the connection for good; no reconnect follows. */
    public synchronized void close() {
        closed = true;
        if (socket != null) {
            socket.close(1000, "service stopping");
        }
        meters.streamConnected(false);
        meters.streamSubscribed(false);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        socket = http.newWebSocket(request.get(), new Listener());
    }

    private synchronized void opened(WebSocket opened) {
        if (opened != socket) {
            return;
        }
        open = true;
        if (everConnected) {
            meters.reconnected();
        }
        everConnected = true;
        backoff = reconnectFirst;
        meters.streamConnected(true);
        handler.opened(opened);
    }

    private synchronized void dropped(WebSocket dropped, String why) {
        if (dropped != socket) {
            return;
        }
        open = false;
        socket = null;
        meters.streamConnected(false);
        if (closed) {
            return;
        }
        Duration wait = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(reconnectMax) > 0 ? reconnectMax : doubled;
        log.warn("{} dropped ({}); reconnecting in {}", name, why, wait);
        scheduler.schedule(this::reconnect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void reconnect() {
        if (socket == null) {
            connect();
        }
    }

    private final class Listener extends WebSocketListener {

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            handler.received(webSocket, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            handler.closing(code, reason);
            dropped(webSocket, "closed by the broker: " + code + " " + reason);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            dropped(webSocket, t.toString());
        }
    }
}
