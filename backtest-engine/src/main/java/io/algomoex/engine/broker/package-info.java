/**
 * The simulated broker: market orders made on one bar and filled on the next (or at the signal's close), cash,
 * position and commission in Backtrader's arithmetic, reported to {@link io.algomoex.engine.broker.BrokerEvents}.
 */
package io.algomoex.engine.broker;
