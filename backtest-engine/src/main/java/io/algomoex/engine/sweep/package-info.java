/**
 * Parameter sweeps of the SMA cross strategy: the grid of fast/slow periods run by a kernel on the shared bar loop,
 * ranked by an {@link io.algomoex.engine.sweep.Objective}; in one call, in chunks, or prepared once and reused.
 */
package io.algomoex.engine.sweep;
