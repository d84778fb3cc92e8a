/**
 * MOEX ISS: candles by board with paging, the security directory, and the shared rate limiter, retry policy and cache
 * use in front of them. Vendor JSON stays in this package.
 */
package io.algomoex.collector.adapter.out.moex;
