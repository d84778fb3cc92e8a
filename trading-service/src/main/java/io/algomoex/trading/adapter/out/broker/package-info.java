/**
 * The broker gateways, one package per venue (paper, Alor, T-Invest), sealed from one another; this package holds
 * only what every real broker shares: the {@code trading_broker_*} figures tagged by broker ({@link BrokerMeters}),
 * the market-data WebSocket that reconnects with back-off ({@link BrokerSocket}), and the clients a connection is
 * built from ({@link BrokerClients}).
 */
package io.algomoex.trading.adapter.out.broker;
