/**
 * The transactional outbox every publishing service shares. A service stores each message in its own outbox table
 * in the transaction that makes the change the message reports ({@link JdbcOutboxTable#insert}); {@link OutboxRelay}
 * publishes the stored messages in order through a {@link MessagePublisher} that waits for RabbitMQ's publisher
 * confirm, and marks each sent only after the confirm. A RabbitMQ outage therefore delays messages and loses none;
 * delivery is at least once (a confirm lost with a dropped connection publishes that message again), and consumers
 * de-duplicate by message id.
 *
 * <p>A service declares an {@link OutboxSettings} bean; {@link OutboxAutoConfiguration} builds its table, relay,
 * {@link EventOutbox} and {@link OutboxSchedule} from it. {@link EventOutbox}, {@link OutboxMessage},
 * {@link OutboxStore}, {@link MessagePublisher} and {@link OutboxRelay} carry no technology and may be used from a
 * service's application layer; {@link JdbcOutboxTable}, {@link TableEventOutbox} and
 * {@link RabbitConfirmedPublisher} are the adapters.
 */
package io.algomoex.service.outbox;
