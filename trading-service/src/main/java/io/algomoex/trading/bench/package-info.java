/**
 * Commands of the service jar that measure it instead of trading: {@code bench-latency} runs the live loop's real path
 * against a throwaway PostgreSQL database and prints the closed-candle-to-order latency.
 */
package io.algomoex.trading.bench;
