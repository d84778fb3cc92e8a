/**
 * The broker gateways, one package per venue (paper, Alor, T-Invest), sealed from one another; this package holds
 * only what every real broker shares: the {@code trading_broker_*} figures tagged by broker.
 */
package io.algomoex.trading.adapter.out.broker;
