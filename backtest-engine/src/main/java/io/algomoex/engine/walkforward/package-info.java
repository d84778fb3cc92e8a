/**
 * Walk-forward analysis: sweep each training window, run the best parameters on the test window after it, and stitch
 * the out-of-sample runs into one equity curve and one set of metrics.
 */
package io.algomoex.engine.walkforward;
