/** Outbound ports of the alerting service. */
package io.algomoex.alerting.application.port;
