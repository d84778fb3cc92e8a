/** The Redis cache of vendor responses; an optimisation that degrades to a miss whenever Redis is unreachable. */
package io.algomoex.collector.adapter.out.redis;
