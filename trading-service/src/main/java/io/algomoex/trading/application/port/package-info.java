/** Outbound ports of the trading service. */
package io.algomoex.trading.application.port;
