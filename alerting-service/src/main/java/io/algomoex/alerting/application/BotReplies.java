package io.algomoex.alerting.application;

import static io.algomoex.alerting.domain.Html.bold;
import static io.algomoex.alerting.domain.Html.code;
import static io.algomoex.alerting.domain.Html.escape;

import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.application.port.TradingServiceUnavailableException;
import io.algomoex.alerting.application.port.TradingStatusSource;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.BotCommand;
import io.algomoex.alerting.domain.TradingSnapshot;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The text answers of the read-only bot commands, in Telegram HTML. */
@Service
public class BotReplies {

    static final String HELP = bold("Commands") + "\n/status: trading mode, strategies, halts, connection"
            + "\n/pnl: P&amp;L per strategy, today and total\n/positions: open positions"
            + "\n/halt [strategy]: stop new orders (all strategies without an id)"
            + "\n/resume [strategy]: take new orders again\n/alerts: the latest alerts\n/help: this list";

    private final TradingStatusSource trading;
    private final TradingFacts facts;
    private final AlertStore alerts;
    private final BotSettings settings;

    BotReplies(TradingStatusSource trading, TradingFacts facts, AlertStore alerts, BotSettings settings) {
        this.trading = trading;
        this.facts = facts;
        this.alerts = alerts;
        this.settings = settings;
    }

    public String answer(BotCommand command) {
        return switch (command) {
            case BotCommand.Status status -> status();
            case BotCommand.Pnl pnl -> pnl();
            case BotCommand.Positions positions -> positions();
            case BotCommand.Alerts recent -> recentAlerts();
            case BotCommand.Help help -> HELP;
            case BotCommand.Invalid invalid -> escape(invalid.problem()) + "\n\n" + HELP;
            case BotCommand.Halt halt -> HELP;
            case BotCommand.Resume resume -> HELP;
        };
    }

    private String status() {
        TradingSnapshot snapshot;
        try {
            snapshot = trading.status();
        } catch (TradingServiceUnavailableException e) {
            return bold("trading-service is unreachable") + ": " + escape(e.getMessage());
        }
        StringBuilder text = new StringBuilder(bold("Trading"))
                .append(": mode ")
                .append(code(snapshot.mode()))
                .append(", account ")
                .append(snapshot.accountHalted() ? bold("HALTED") : "running")
                .append("\ntrading-service: reachable");
        if (snapshot.strategies().isEmpty()) {
            text.append("\nno strategies configured");
        }
        for (TradingSnapshot.StrategyState strategy : snapshot.strategies()) {
            text.append("\n• ")
                    .append(code(strategy.id()))
                    .append(' ')
                    .append(escape(strategy.instrument() + " " + strategy.timeframe() + " " + strategy.strategy()
                            + " via " + strategy.broker()))
                    .append(": ")
                    .append(strategy.halted() ? bold("HALTED") : "running");
            if (strategy.halted() && strategy.haltReason() != null) {
                text.append(" (").append(escape(strategy.haltReason())).append(')');
            }
        }
        return text.toString();
    }

    private String pnl() {
        List<PnlUpdated> figures = facts.pnl();
        StringBuilder text = new StringBuilder(bold("P&L"));
        if (figures.isEmpty()) {
            text.append("\nno P&amp;L update seen since alerting-service started");
        }
        for (PnlUpdated pnl : figures) {
            text.append("\n• ")
                    .append(code(pnl.strategyId()))
                    .append(": today ")
                    .append(rub(pnl.today()))
                    .append(", total ")
                    .append(rub(pnl.total()))
                    .append(", drawdown ")
                    .append(pnl.drawdown()
                            .multiply(BigDecimal.valueOf(100))
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString())
                    .append(" %");
        }
        return text.append(reachability()).toString();
    }

    private String positions() {
        List<PositionChanged> open = facts.positions();
        StringBuilder text = new StringBuilder(bold("Positions"));
        if (open.isEmpty()) {
            text.append("\nno open position seen since alerting-service started");
        }
        for (PositionChanged position : open) {
            text.append("\n• ")
                    .append(code(position.strategyId()))
                    .append(' ')
                    .append(escape(position.secid() + "@" + position.board()))
                    .append(": ")
                    .append(position.lots())
                    .append(" lot(s) at ")
                    .append(rub(position.averagePrice()));
        }
        return text.append(reachability()).toString();
    }

    /** The figures come from events; say when trading-service itself is not answering, so they may be stale. */
    private String reachability() {
        try {
            trading.status();
            return "";
        } catch (TradingServiceUnavailableException e) {
            return "\n\n" + bold("trading-service is unreachable") + ": " + escape(e.getMessage())
                    + "; figures are the last ones seen";
        }
    }

    private String recentAlerts() {
        List<Alert> latest =
                alerts.list(Optional.empty(), 0, settings.recentAlerts()).items();
        StringBuilder text = new StringBuilder(bold("Latest alerts"));
        if (latest.isEmpty()) {
            text.append("\nnone yet");
        }
        for (Alert alert : latest) {
            text.append("\n• #")
                    .append(alert.id())
                    .append(' ')
                    .append(escape(alert.raisedAt().toString()))
                    .append(' ')
                    .append(code(alert.rule()))
                    .append(alert.count() > 1 ? " ×" + alert.count() : "")
                    .append(": ")
                    .append(alert.status().name());
        }
        return text.toString();
    }

    private static String rub(BigDecimal amount) {
        return escape(amount.toPlainString()) + " RUB";
    }
}
