package io.algomoex.trading.adapter.out.broker.paper;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Simulated fills with the backtest's fill model (Backtrader's default broker): a market order fills in full at the
 * open of the next closed candle of the instrument and timeframe it was placed on, with a commission of
 * {@code units * rate * price}; no slippage, no cash check. Prices and commissions are exact decimals. Orders and fills
 * live in a {@link PaperAccount} that outlives the service, as a real broker's do; an order that is already partly
 * filled there fills its remaining units.
 */
public class PaperBrokerGateway implements BrokerGateway {

    private final BigDecimal commissionRate;
    private final PaperAccount account;
    private final Clock clock;

    /**
     * @param commissionRate commission as a fraction of each fill's value ({@code 0.0005} = 0.05 %), zero or more
     * @param account where accepted orders and fills are kept
     * @param clock when orders are accepted
     */
    public PaperBrokerGateway(BigDecimal commissionRate, PaperAccount account, Clock clock) {
        if (commissionRate == null || commissionRate.signum() < 0) {
            throw new IllegalArgumentException("commission rate must be zero or more, got " + commissionRate);
        }
        this.commissionRate = commissionRate;
        this.account = account;
        this.clock = clock;
    }

    @Override
    public synchronized BrokerOrder submit(OrderRequest request) {
        if (request.limitPrice() != null) {
            throw new OrderRejectedException("the paper broker fills market orders only");
        }
        return account.atomically(() -> account.accept(PaperOrder.accepted(request, clock.instant())))
                .view();
    }

    @Override
    public synchronized void cancel(String clientOrderId) {
        account.atomically(() -> {
            account.find(clientOrderId)
                    .filter(PaperOrder::isOpen)
                    .ifPresent(order -> account.update(order.cancelled("cancelled at the client's request")));
            return null;
        });
    }

    @Override
    public synchronized Optional<BrokerOrder> order(String clientOrderId) {
        return account.find(clientOrderId).map(PaperOrder::view);
    }

    @Override
    public synchronized List<BrokerOrder> openOrders() {
        return account.open().stream().map(PaperOrder::view).toList();
    }

    @Override
    public synchronized List<Execution> fills(String clientOrderId) {
        return account.fills(clientOrderId);
    }

    @Override
    public synchronized Map<Instrument, Long> positions() {
        return account.positions();
    }

    @Override
    public synchronized List<Execution> executionsUpTo(Candle closed) {
        if (account.advanceWhenNothingOpen(closed.instrument(), closed.timeframe(), closed.begin())) {
            return List.of();
        }
        return account.atomically(() -> {
            if (!account.advance(closed.instrument(), closed.timeframe(), closed.begin())) {
                return List.of();
            }
            BigDecimal price = closed.open().value();
            List<Execution> executions = new ArrayList<>();
            for (PaperOrder order : account.open()) {
                OrderRequest request = order.request();
                if (request.instrument().equals(closed.instrument()) && request.timeframe() == closed.timeframe()) {
                    long units = order.remainingUnits();
                    BigDecimal commission =
                            BigDecimal.valueOf(units).multiply(commissionRate).multiply(price);
                    Execution fill = new Execution(
                            request.clientOrderId(), request.side(), units, price, commission, closed.begin());
                    account.addFill(fill);
                    account.update(order.withFill(units));
                    executions.add(fill);
                }
            }
            return executions;
        });
    }
}
