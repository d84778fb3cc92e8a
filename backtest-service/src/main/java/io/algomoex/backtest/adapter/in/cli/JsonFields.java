package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.TradeRecord;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON building blocks shared by every command. Field names are a contract with other tools: {@code finalValue},
 * {@code finalCash}, {@code finalPosition}, {@code orders[]} ({@code time, side, size, price, commission, status,
 * reason}), {@code trades[]}, {@code metrics{}}. Times are ISO-8601 with the Moscow offset; undefined numbers are
 * {@code null}.
 */
final class JsonFields {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFields() {}

    static String print(ObjectNode root) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Timeframe.MOSCOW));
    }

    /** Puts a number, or null when it is NaN or infinite (JSON has neither). */
    static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    static void result(ObjectNode node, BacktestResult result, boolean withEquity) {
        number(node, "initialCash", result.initialCash());
        number(node, "finalValue", result.finalValue());
        number(node, "finalCash", result.finalCash());
        number(node, "finalPosition", result.finalPosition());
        ArrayNode orders = node.putArray("orders");
        result.orders().forEach(order -> order(orders.addObject(), order));
        ArrayNode trades = node.putArray("trades");
        result.trades().forEach(trade -> trade(trades.addObject(), trade));
        metrics(node.putObject("metrics"), result.metrics());
        if (withEquity) {
            equity(node.putArray("equity"), result.equity());
        }
    }

    static void metrics(ObjectNode node, Metrics metrics) {
        number(node, "totalReturnPercent", metrics.totalReturnPercent());
        number(node, "cagrPercent", metrics.cagrPercent());
        number(node, "sharpe", metrics.sharpe());
        number(node, "sortino", metrics.sortino());
        number(node, "maxDrawdownPercent", metrics.maxDrawdownPercent());
        number(node, "maxDrawdownMoney", metrics.maxDrawdownMoney());
        node.put("maxDrawdownBars", metrics.maxDrawdownBars());
        node.put("trades", metrics.trades());
        number(node, "winRatePercent", metrics.winRatePercent());
        number(node, "profitFactor", metrics.profitFactor());
        number(node, "averageTrade", metrics.averageTrade());
        number(node, "exposurePercent", metrics.exposurePercent());
        number(node, "commissionPaid", metrics.commissionPaid());
        number(node, "returnOverMaxDrawdown", metrics.returnOverMaxDrawdown());
    }

    static void equity(ArrayNode array, EquityCurve curve) {
        for (int i = 0; i < curve.size(); i++) {
            ObjectNode point = array.addObject();
            point.put("time", time(curve.time(i)));
            number(point, "value", curve.value(i));
        }
    }

    static void csv(ObjectNode node, CsvCandles csv) {
        node.put("format", csv.format().name());
        node.put("timeMark", csv.timeMark().name());
        if (csv.timeframe() == null) {
            node.putNull("timeframe");
        } else {
            node.put("timeframe", csv.timeframe().code());
        }
        node.put("candles", csv.candles().size());
        node.put("duplicates", csv.duplicates());
        node.put("outOfOrder", csv.outOfOrder());
        ArrayNode rejected = node.putArray("rejected");
        csv.rejected()
                .forEach(row -> rejected.addObject().put("line", row.line()).put("reason", row.reason()));
    }

    private static void order(ObjectNode node, OrderRecord order) {
        node.put("time", time(order.time()));
        node.put("signalTime", time(order.signalTime()));
        node.put("side", order.side().name());
        number(node, "size", order.size());
        number(node, "price", order.price());
        number(node, "commission", order.commission());
        node.put("status", order.status().name());
        node.put("reason", order.reason());
    }

    private static void trade(ObjectNode node, TradeRecord trade) {
        node.put("entryTime", time(trade.entryTime()));
        number(node, "entryPrice", trade.entryPrice());
        node.put("exitTime", time(trade.exitTime()));
        number(node, "exitPrice", trade.exitPrice());
        number(node, "size", trade.size());
        node.put("barsHeld", trade.barsHeld());
        number(node, "grossProfit", trade.grossProfit());
        number(node, "commission", trade.commission());
        number(node, "netProfit", trade.netProfit());
    }
}
