package io.algomoex.trading.application;

import io.algomoex.trading.application.port.Transactions;
import java.util.function.Supplier;

/** Runs the work at once: in-memory stores have nothing to commit. */
class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
