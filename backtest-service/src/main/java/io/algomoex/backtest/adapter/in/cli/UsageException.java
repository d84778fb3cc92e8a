package io.algomoex.backtest.adapter.in.cli;

/** The command line or its input is wrong in a way the user can fix; the CLI exits with code 2. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
