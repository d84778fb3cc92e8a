/** Time- and lifecycle-driven entry points: the watchlist sync schedule and resumption of interrupted jobs. */
package io.algomoex.collector.adapter.in.schedule;
