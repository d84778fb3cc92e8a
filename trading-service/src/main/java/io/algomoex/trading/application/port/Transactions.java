package io.algomoex.trading.application.port;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of its writes commit together or none do. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
