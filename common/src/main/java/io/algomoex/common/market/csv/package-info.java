/**
 * Reads candle files (Finam exports, ISS candle CSVs, plain OHLCV CSVs) from a caller-supplied {@link java.io.Reader}
 * into validated rows. The layout is detected from the text; times are Moscow local time as written and are also
 * returned as UTC instants of the candle start. No file-system access: callers open the files.
 */
package io.algomoex.common.market.csv;
