/**
 * Drivers that run on their own: the alert delivery loop, the bot's long poll and periodic checks. They call use
 * cases and stop gracefully with the context.
 */
package io.algomoex.alerting.adapter.in.schedule;
