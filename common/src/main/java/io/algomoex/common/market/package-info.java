/**
 * Market value types shared by every service: instruments, timeframes, candles, sides and exact prices and quantities.
 * Plain Java with no I/O; times are UTC {@link java.time.Instant}s.
 */
package io.algomoex.common.market;
