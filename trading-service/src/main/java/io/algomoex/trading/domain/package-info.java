/** Trading concepts: the broker mode, configured strategies and their halted state. Plain Java. */
package io.algomoex.trading.domain;
