package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads T-Invest's {@code PostOrderResponse} and {@code OrderState} (TINV {@code orders.proto}): the status, lots
 * executed (in lots; units are lots times the instrument's lot) and the fills from {@code stages[]} ({@code price}
 * per unit, {@code quantity} in lots, {@code tradeId}, {@code executionTime}). T-Invest reports commission per order
 * ({@code executedCommission}), not per trade; each stage gets the share of it that its value has of the executed
 * value, which is exact for one stage and stable as stages are added under a percentage tariff.
 */
final class TinvestOrderStates {

    private final TinvestInstruments instruments;

    TinvestOrderStates(TinvestInstruments instruments) {
        this.instruments = instruments;
    }

    /** The client order id of a state: {@code orderRequestId}, or {@code tinvest:<exchange id>} when it has none. */
    static String clientId(JsonNode state) {
        String request = state.path("orderRequestId").asString("");
        return request.isBlank() ? "tinvest:" + state.path("orderId").asString("") : request;
    }

    BrokerOrder view(String clientOrderId, JsonNode state) {
        try {
            requireSameOrder(clientOrderId, state);
            long lot = lot(state);
            long filled = TinvestWire.int64(state, "lotsExecuted", 0) * lot;
            String status = state.path("executionReportStatus").asString("");
            OrderState mapped = switch (status) {
                case "EXECUTION_REPORT_STATUS_NEW" -> filled > 0 ? OrderState.PARTIALLY_FILLED : OrderState.SUBMITTED;
                case "EXECUTION_REPORT_STATUS_PARTIALLYFILL" -> OrderState.PARTIALLY_FILLED;
                case "EXECUTION_REPORT_STATUS_FILL" -> OrderState.FILLED;
                case "EXECUTION_REPORT_STATUS_CANCELLED" -> OrderState.CANCELLED;
                case "EXECUTION_REPORT_STATUS_REJECTED" -> OrderState.REJECTED;
                default -> throw new IllegalArgumentException("unknown executionReportStatus '" + status + "'");
            };
            String message = state.path("message").asString("");
            String reason = mapped == OrderState.REJECTED || mapped == OrderState.CANCELLED
                    ? "T-Invest: " + (message.isBlank() ? status : message)
                    : null;
            return new BrokerOrder(clientOrderId, mapped, filled, reason);
        } catch (IllegalArgumentException e) {
            throw unfit(clientOrderId, e);
        }
    }

    List<Execution> fills(String clientOrderId, JsonNode state) {
        try {
            requireSameOrder(clientOrderId, state);
            long lot = lot(state);
            Side side = "ORDER_DIRECTION_SELL".equals(state.path("direction").asString()) ? Side.SELL : Side.BUY;
            List<JsonNode> stages = new ArrayList<>();
            state.path("stages").forEach(stages::add);
            BigDecimal value = BigDecimal.ZERO;
            for (JsonNode stage : stages) {
                value = value.add(TinvestWire.decimal(stage, "price")
                        .multiply(BigDecimal.valueOf(TinvestWire.int64(stage, "quantity"))));
            }
            BigDecimal commission = TinvestWire.decimal(state, "executedCommission");
            List<Execution> fills = new ArrayList<>();
            for (JsonNode stage : stages) {
                BigDecimal price = TinvestWire.decimal(stage, "price");
                long lots = TinvestWire.int64(stage, "quantity");
                BigDecimal share = value.signum() == 0
                        ? BigDecimal.ZERO
                        : commission
                                .multiply(price.multiply(BigDecimal.valueOf(lots)))
                                .divide(value, 9, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros();
                Instant at = stage.has("executionTime")
                        ? TinvestWire.time(stage, "executionTime")
                        : TinvestWire.time(state, "orderDate");
                fills.add(new Execution(clientOrderId, side, lots * lot, price, share, at));
            }
            fills.sort(Comparator.comparing(Execution::executedAt));
            return fills;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw unfit(clientOrderId, e);
        }
    }

    private long lot(JsonNode state) {
        try {
            return instruments.byUid(TinvestWire.text(state, "instrumentUid")).lot();
        } catch (OrderRejectedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void requireSameOrder(String clientOrderId, JsonNode state) {
        String echoed = state.path("orderRequestId").asString("");
        if (!echoed.isBlank() && !clientOrderId.startsWith("tinvest:") && !echoed.equals(clientOrderId)) {
            throw new IllegalArgumentException("the answer is about order " + echoed);
        }
    }

    private static BrokerUnavailableException unfit(String clientOrderId, RuntimeException e) {
        return new BrokerUnavailableException(
                "T-Invest described order " + clientOrderId + " with fields that do not fit: " + e.getMessage(), e);
    }
}
