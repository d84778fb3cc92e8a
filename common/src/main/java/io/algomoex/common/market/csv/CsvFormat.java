package io.algomoex.common.market.csv;

/** The family of candle file a reader detected. */
public enum CsvFormat {
    /** Finam export: {@code <DATE>}/{@code <TIME>} columns in angle brackets, or the same columns without a header. */
    FINAM,
    /** MOEX ISS candles written as CSV: {@code open,close,high,low,value,volume,begin,end}, mapped by name. */
    ISS,
    /** A plain named header such as {@code time,open,high,low,close,volume}. */
    PLAIN,
    /** The input held no lines at all (Finam answers an empty range with an empty body). */
    EMPTY
}
