/**
 * Telegram Bot API over OkHttp: sendMessage within the flood limits, getUpdates long polling and callback answers.
 * Vendor errors become the application's retryable or final exceptions here.
 */
package io.algomoex.alerting.adapter.out.telegram;
