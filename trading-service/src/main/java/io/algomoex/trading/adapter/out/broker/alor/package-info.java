/**
 * The Alor OpenAPI broker: orders through the Command API with {@code X-REQID} as the idempotency key, account data
 * through the REST {@code /md/v2} paths, closed bars from the {@code /ws} data socket, and the refresh-token to JWT
 * exchange they all need. Wire DTOs ({@code Alor*}) stay in this package; facts and sources are in
 * {@code docs/trading-alor.md}.
 */
package io.algomoex.trading.adapter.out.broker.alor;
