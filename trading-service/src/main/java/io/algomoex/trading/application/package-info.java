/** Trading use cases and their settings; storage and brokers are reached only through the ports in {@code port}. */
package io.algomoex.trading.application;
