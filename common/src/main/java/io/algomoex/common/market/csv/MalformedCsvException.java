package io.algomoex.common.market.csv;

/**
 * A candle file cannot be read: a line does not parse, or the file as a whole cannot be interpreted (unknown header,
 * end-marked times without a timeframe). The message names the source and, when one line is at fault, its number.
 */
public class MalformedCsvException extends RuntimeException {

    private final String source;
    private final int line;

    /**
     * @param source the name the caller gave the input, usually the file name
     * @param line 1-based line number, or 0 when the problem is not one line
     * @param problem what is wrong
     */
    public MalformedCsvException(String source, int line, String problem) {
        super(line > 0 ? source + " line " + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The name of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line at fault, or 0 when the problem is not one line. */
    public int line() {
        return line;
    }
}
