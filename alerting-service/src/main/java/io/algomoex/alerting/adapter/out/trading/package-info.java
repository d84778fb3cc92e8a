/** trading-service's REST API, read for the bot's /status answers. */
package io.algomoex.alerting.adapter.out.trading;
