/** Alerts: what happened, the message an operator gets, and how its delivery stands. Plain Java. */
package io.algomoex.alerting.domain;
