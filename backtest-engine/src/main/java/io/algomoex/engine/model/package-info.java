/**
 * What the engine runs on and reports in: bar series with their Moscow days, settings (fill model, sizing), order and
 * trade records, the equity curve. Values only; depends on nothing else in the engine.
 */
package io.algomoex.engine.model;
