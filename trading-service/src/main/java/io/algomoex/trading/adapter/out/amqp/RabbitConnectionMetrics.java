package io.algomoex.trading.adapter.out.amqp;

import com.rabbitmq.client.ShutdownSignalException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
import org.springframework.stereotype.Component;

/**
 * {@code trading_rabbit_connection_losses_total}: connections to RabbitMQ closed by the broker or the network rather
 * than by the service; {@code trading_rabbit_reconnects_total}: connections opened after the first, which the
 * connection factory does on the next publish or by the listener containers' recovery once one was lost.
 */
@Component
class RabbitConnectionMetrics implements ConnectionListener {

    private static final Logger log = LoggerFactory.getLogger(RabbitConnectionMetrics.class);

    private final Counter losses;
    private final Counter reconnects;
    private final AtomicBoolean connectedBefore = new AtomicBoolean();
    private final AtomicBoolean open = new AtomicBoolean();

    RabbitConnectionMetrics(ConnectionFactory connectionFactory, MeterRegistry registry) {
        this.losses = Counter.builder("trading.rabbit.connection.losses")
                .description("Connections to RabbitMQ closed by the broker or the network, not by the service")
                .register(registry);
        this.reconnects = Counter.builder("trading.rabbit.reconnects")
                .description("Connections to RabbitMQ opened again after the first one")
                .register(registry);
        // Called at once for a connection that is already open, so the first one is never counted as a reconnect.
        connectionFactory.addConnectionListener(this);
    }

    @Override
    public void onCreate(Connection connection) {
        open.set(true);
        if (connectedBefore.getAndSet(true)) {
            reconnects.increment();
            log.info("Reconnected to RabbitMQ");
        }
    }

    @Override
    public void onShutDown(ShutdownSignalException signal) {
        // Every open channel reports the connection's end as well: count the first report of each connection only.
        if (!signal.isInitiatedByApplication() && open.getAndSet(false)) {
            losses.increment();
            log.warn("Connection to RabbitMQ lost: {}", signal.getMessage());
        }
    }
}
