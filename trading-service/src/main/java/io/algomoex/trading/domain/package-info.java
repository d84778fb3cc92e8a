/**
 * Trading concepts in plain Java: the broker mode, configured strategies, orders and their states, executions, and
 * each strategy's position with its exact-decimal P&amp;L and drawdown.
 */
package io.algomoex.trading.domain;
