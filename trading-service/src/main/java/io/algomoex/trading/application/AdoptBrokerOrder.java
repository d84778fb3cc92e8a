package io.algomoex.trading.application;

import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.Transactions;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Brings a stored order in line with what the broker knows of it: a NEW order the broker has becomes SUBMITTED, fills
 * not booked yet are booked once each (into the position and P&amp;L, with their events), and a broker rejection or
 * cancellation becomes ours. All of it commits in one transaction.
 */
@Service
final class AdoptBrokerOrder {

    private final OrderStore orders;
    private final BookExecutions bookExecutions;
    private final PlaceOrder placeOrder;
    private final Transactions transactions;
    private final Clock clock;

    /** Over the books, booking fills as the live loop does and resending through {@code placeOrder}. */
    AdoptBrokerOrder(TradingBooks books, BookExecutions bookExecutions, PlaceOrder placeOrder, Clock clock) {
        this.orders = books.orders();
        this.bookExecutions = bookExecutions;
        this.placeOrder = placeOrder;
        this.transactions = books.transactions();
        this.clock = clock;
    }

    /**
     * @param broker the broker's view of the order
     * @param fills every fill the broker has for it, oldest first
     * @param cancelReason our reason when the broker reports it cancelled, or {@code null} to use the broker's
     * @return the stored order afterwards
     * @throws BooksDisagreeException when the fills cannot be matched with what is booked
     */
    Order adopt(
            String clientOrderId,
            BrokerOrder broker,
            List<Execution> fills,
            StrategyDefinition definition,
            String cancelReason) {
        return transactions.inTransaction(() -> {
            Order order = stored(clientOrderId);
            if (order.state() == OrderState.NEW && broker.state() != OrderState.REJECTED) {
                placeOrder.submitted(order);
            }
            bookUnbooked(stored(clientOrderId), fills, definition);
            order = stored(clientOrderId);
            if (!order.state().isFinal()) {
                if (broker.state() == OrderState.REJECTED) {
                    placeOrder.reject(order, broker.reason());
                } else if (broker.state() == OrderState.CANCELLED) {
                    placeOrder.cancelled(order, reasonOf(cancelReason, broker));
                }
            }
            order = stored(clientOrderId);
            if (order.filledUnits() != broker.filledUnits()) {
                throw new BooksDisagreeException("order " + clientOrderId + " has " + order.filledUnits()
                        + " units filled in our books but " + broker.filledUnits() + " at the broker");
            }
            return order;
        });
    }

    /** Books the fills beyond the units already booked; the broker lists fills in a stable order. */
    private void bookUnbooked(Order order, List<Execution> fills, StrategyDefinition definition) {
        long booked = order.filledUnits();
        for (Execution fill : fills) {
            if (booked >= fill.units()) {
                booked -= fill.units();
            } else if (booked > 0) {
                throw new BooksDisagreeException("order " + order.clientOrderId() + " has " + order.filledUnits()
                        + " units booked, which does not end at a fill the broker reports");
            } else {
                bookExecutions.book(fill, definition, clock.instant());
            }
        }
    }

    private Order stored(String clientOrderId) {
        return orders.find(clientOrderId)
                .orElseThrow(() -> new IllegalStateException("order " + clientOrderId + " is not stored"));
    }

    private static String reasonOf(String cancelReason, BrokerOrder broker) {
        if (cancelReason != null) {
            return cancelReason;
        }
        return broker.reason() == null || broker.reason().isBlank() ? "cancelled by the broker" : broker.reason();
    }

    /** Our books and the broker's differ in a way that cannot be explained by a lost message. */
    static final class BooksDisagreeException extends RuntimeException {

        BooksDisagreeException(String message) {
            super(message);
        }
    }
}
