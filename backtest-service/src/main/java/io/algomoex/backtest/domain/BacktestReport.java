package io.algomoex.backtest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A finished, stored backtest run.
 *
 * @param id run id
 * @param createdAt when it was stored, UTC
 * @param request what was asked
 * @param bars candles replayed
 * @param finalValue cash plus position at the last close
 * @param finalCash cash at the end
 * @param finalPosition units held at the end
 * @param metrics metric name to value; a metric that is undefined for the run (no losing trade for the profit
 *     factor, say) is absent
 * @param orders every order in the order it was decided
 * @param trades every closed trade
 */
public record BacktestReport(
        UUID id,
        Instant createdAt,
        BacktestRequest request,
        int bars,
        double finalValue,
        double finalCash,
        double finalPosition,
        Map<String, Double> metrics,
        List<ReportedOrder> orders,
        List<ReportedTrade> trades) {

    public BacktestReport {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(request, "request is required");
        metrics = Map.copyOf(metrics);
        orders = List.copyOf(orders);
        trades = List.copyOf(trades);
    }

    /**
     * @param time fill time (or the bar it was checked on when refused)
     * @param signalTime start of the bar whose close produced the signal ({@code null} in runs stored before it was
     *     recorded)
     * @param side BUY or SELL
     * @param size units
     * @param price fill price
     * @param commission commission paid
     * @param status COMPLETED, REJECTED or UNFILLED
     * @param reason why it was refused or unfilled, else {@code null}
     */
    public record ReportedOrder(
            Instant time,
            Instant signalTime,
            String side,
            double size,
            double price,
            double commission,
            String status,
            String reason) {}

    /**
     * @param entryTime entry fill time
     * @param entryPrice entry price
     * @param exitTime exit fill time
     * @param exitPrice exit price
     * @param size units
     * @param barsHeld bars between entry and exit
     * @param grossProfit profit before commission
     * @param netProfit profit after both fills' commission
     */
    public record ReportedTrade(
            Instant entryTime,
            double entryPrice,
            Instant exitTime,
            double exitPrice,
            double size,
            int barsHeld,
            double grossProfit,
            double netProfit) {}
}
