/** Alerting use cases; storage and messengers are reached only through the ports in {@code port}. */
package io.algomoex.alerting.application;
