package io.algomoex.trading.adapter.in.web;

import io.algomoex.trading.application.QueryTrading;
import io.algomoex.trading.domain.Position;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class PositionsController {

    private final QueryTrading queryTrading;

    PositionsController(QueryTrading queryTrading) {
        this.queryTrading = queryTrading;
    }

    /** Each strategy's position in units, its average entry price and the last close it was valued at. */
    @GetMapping("/positions")
    List<PositionResponse> positions() {
        return queryTrading.positions().stream().map(PositionResponse::of).toList();
    }

    /** Each strategy's P&amp;L and drawdown, and the account's sums. */
    @GetMapping("/pnl")
    PnlResponse pnl() {
        List<StrategyPnl> strategies =
                queryTrading.positions().stream().map(StrategyPnl::of).toList();
        return new PnlResponse(
                sum(strategies.stream().map(StrategyPnl::realised).toList()),
                sum(strategies.stream().map(StrategyPnl::unrealised).toList()),
                sum(strategies.stream().map(StrategyPnl::total).toList()),
                sum(strategies.stream().map(StrategyPnl::commission).toList()),
                strategies);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    record PositionResponse(
            String strategy, String secid, String board, long units, BigDecimal averagePrice, BigDecimal markPrice) {

        static PositionResponse of(Position position) {
            return new PositionResponse(
                    position.strategyId(),
                    position.instrument().secid(),
                    position.instrument().board(),
                    position.units(),
                    position.units() == 0 ? null : position.averagePrice(),
                    position.markPrice());
        }
    }

    record StrategyPnl(
            String strategy,
            BigDecimal realised,
            BigDecimal unrealised,
            BigDecimal total,
            BigDecimal today,
            BigDecimal commission,
            BigDecimal equity,
            BigDecimal peakEquity,
            BigDecimal drawdown) {

        static StrategyPnl of(Position position) {
            return new StrategyPnl(
                    position.strategyId(),
                    position.realisedPnl(),
                    position.unrealisedPnl(),
                    position.totalPnl(),
                    position.todayPnl(),
                    position.commission(),
                    position.equity(),
                    position.peakEquity(),
                    position.drawdown());
        }
    }

    /** Account sums over all strategies, then each strategy. Realised figures are net of commission. */
    record PnlResponse(
            BigDecimal realised,
            BigDecimal unrealised,
            BigDecimal total,
            BigDecimal commission,
            List<StrategyPnl> strategies) {}
}
