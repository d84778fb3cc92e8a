package io.algomoex.engine.broker;

import io.algomoex.common.strategy.Signal;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;

/**
 * Backtrader's {@code BackBroker} for one stock-like instrument, in {@code double} with Backtrader's order of
 * operations ({@code bbroker.py _execute}, {@code position.py update}) so that cash and value match bit for bit.
 *
 * <p>An order made on bar t is checked on bar t+1 against cash at the close of t, commission included, then filled
 * at the open of t+1 (or the close of t) and checked again; a failed check rejects it with "insufficient cash".
 * Shorts credit the sale proceeds to cash ({@code shortcash}), with no margin model, as in Backtrader.
 */
public final class Broker {

    static final String INSUFFICIENT_CASH = "insufficient cash";
    static final String SHORT_SELLING_DISABLED = "short selling is disabled";
    static final String ZERO_LOTS = "size rounds down to zero lots";

    private final double commissionRate;
    private final boolean fillAtNextOpen;
    private final double slippage;
    private final Sizing sizing;
    private final boolean allowShort;
    private final BrokerEvents events;
    private final PositionBook book = new PositionBook();

    private double cash;
    private double commissionPaid;

    private boolean pending;
    private double pendingSize;
    private int pendingBar;
    private double pendingClose;
    private double pendingHigh;
    private double pendingLow;

    /** A broker with the settings' initial cash and no position, reporting to {@code events}. */
    public Broker(BacktestSettings settings, BrokerEvents events) {
        this.commissionRate = settings.commissionRate();
        this.fillAtNextOpen = settings.fillModel() == FillModel.NEXT_OPEN;
        this.slippage = settings.slippageBps() / 10_000.0;
        this.sizing = settings.sizing();
        this.allowShort = settings.allowShort();
        this.events = events;
        this.cash = settings.initialCash();
    }

    /** The cash, in the account currency. */
    public double cash() {
        return cash;
    }

    /** The position in units; negative when short. */
    public double position() {
        return book.size;
    }

    /** Whether an order waits for the next bar. */
    public boolean hasPending() {
        return pending;
    }

    /** The commission paid so far, in the account currency. */
    public double commissionPaid() {
        return commissionPaid;
    }

    /** Backtrader's {@code _get_value} with {@code shortcash}: cash plus the position marked at {@code close}. */
    public double value(double close) {
        return value(cash, book.size, book.price, close);
    }

    /** {@link #value(double)} of an account holding {@code cash} and {@code size} units at average {@code price}. */
    public static double value(double cash, double size, double price, double close) {
        if (size == 0) {
            return cash;
        }
        double marked = size * close;
        if (marked > 0) {
            double unrealised = size * (close - price);
            return cash + ((marked - unrealised) + unrealised);
        }
        return cash + marked;
    }

    /** The average price of the position. */
    public double averagePrice() {
        return book.price;
    }

    /** Turns a signal on {@code bar} into an order that the next {@link #step} handles. */
    public void order(
            int bar, Signal.Action action, double signalSize, double close, double high, double low, double value) {
        double size = switch (action) {
            case BUY -> sizing.units(signalSize, close, value, commissionRate);
            case SELL -> -sizing.units(signalSize, close, value, commissionRate);
            case CLOSE -> -book.size;
            case HOLD -> 0;
        };
        if (size == 0) {
            if (action == Signal.Action.BUY || action == Signal.Action.SELL) {
                events.rejected(bar, bar, action == Signal.Action.BUY, 0, close, ZERO_LOTS);
            }
            return;
        }
        if (!allowShort && book.size + size < 0) {
            events.rejected(bar, bar, false, -size, close, SHORT_SELLING_DISABLED);
            return;
        }
        pending = true;
        pendingSize = size;
        pendingBar = bar;
        pendingClose = close;
        pendingHigh = high;
        pendingLow = low;
    }

    /** The broker part of bar {@code bar}: checks and fills the order made on the previous bar. */
    public void step(int bar, double open, double high, double low) {
        // Kept tiny so that the per-bar loop inlines it; the work happens on the few bars with an order.
        if (pending) {
            handlePending(bar, open, high, low);
        }
    }

    private void handlePending(int bar, double open, double high, double low) {
        pending = false;
        boolean buy = pendingSize > 0;
        if (!passesSubmissionCheck()) {
            events.rejected(pendingBar, bar, buy, Math.abs(pendingSize), pendingClose, INSUFFICIENT_CASH);
            return;
        }
        double price = fillAtNextOpen ? slip(open, buy, high, low) : slip(pendingClose, buy, pendingHigh, pendingLow);
        execute(fillAtNextOpen ? bar : pendingBar, bar, pendingSize, sizing.alignPrice(price, buy));
    }

    /** Reports an order still waiting after the last bar; it never fills. */
    public void finish() {
        if (pending) {
            pending = false;
            events.unfilled(pendingBar, pendingSize > 0, Math.abs(pendingSize), pendingClose);
        }
    }

    /** Backtrader's pseudo-execution at the signal bar's close ({@code check_submitted}). */
    private boolean passesSubmissionCheck() {
        double price = pendingClose;
        book.split(pendingSize);
        double opened = book.opened;
        double closed = book.closed;
        double remaining = cash;
        if (closed != 0) {
            remaining += -closed * price;
            remaining -= Math.abs(closed) * commissionRate * price;
        }
        if (opened != 0) {
            remaining -= opened * price;
            remaining -= Math.abs(opened) * commissionRate * price;
        }
        return remaining >= 0.0;
    }

    private void execute(int fillBar, int bar, double size, double price) {
        double averagePrice = book.price;
        book.split(size);
        double closed = book.closed;
        double opened = book.opened;
        double profit = -closed * (price - averagePrice);
        double remaining = cash;
        double closedCommission = 0;
        if (closed != 0) {
            remaining += -closed * averagePrice + profit;
            closedCommission = Math.abs(closed) * commissionRate * price;
            remaining -= closedCommission;
            cash = remaining;
        }
        double wantedOpen = opened;
        double openedCommission = 0;
        if (opened != 0) {
            remaining -= opened * price;
            openedCommission = Math.abs(opened) * commissionRate * price;
            remaining -= openedCommission;
            if (remaining < 0.0) {
                opened = 0;
                openedCommission = 0;
            } else {
                cash = remaining;
            }
        }
        double executed = closed + opened;
        if (executed != 0) {
            book.apply(executed, price);
            double commission = closedCommission + openedCommission;
            commissionPaid += commission;
            events.filled(pendingBar, fillBar, executed > 0, Math.abs(executed), price, commission);
            book.account(
                    fillBar, closed, opened, price, averagePrice, profit, closedCommission, openedCommission, events);
        }
        if (wantedOpen != 0 && opened == 0) {
            events.rejected(pendingBar, bar, wantedOpen > 0, Math.abs(wantedOpen), price, INSUFFICIENT_CASH);
        }
    }

    private double slip(double price, boolean buy, double high, double low) {
        if (slippage == 0) {
            return price;
        }
        // Backtrader's slip_match: slippage never takes the price outside the bar.
        return buy ? Math.min(price * (1 + slippage), high) : Math.max(price * (1 - slippage), low);
    }
}
