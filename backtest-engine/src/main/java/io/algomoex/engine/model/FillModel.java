package io.algomoex.engine.model;

/** Where a market order created on bar t fills. */
public enum FillModel {
    /** At the open of bar t+1: Backtrader's default, and ours. */
    NEXT_OPEN,
    /** At the close of bar t, the signal bar (Backtrader's cheat-on-close); still processed on bar t+1. */
    SIGNAL_CLOSE
}
