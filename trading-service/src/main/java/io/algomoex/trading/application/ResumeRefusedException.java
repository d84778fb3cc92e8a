package io.algomoex.trading.application;

/** The account was halted because the books and the broker disagree, and reconciling again found they still do. */
public class ResumeRefusedException extends RuntimeException {

    public ResumeRefusedException(String differences) {
        super("the books still disagree with the broker, trading stays halted: " + differences);
    }
}
