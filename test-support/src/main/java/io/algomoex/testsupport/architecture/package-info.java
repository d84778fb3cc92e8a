/**
 * The one ArchUnit rule set every service runs: the ports-and-adapters dependency rule and the naming rules of
 * STYLE.md.
 */
package io.algomoex.testsupport.architecture;
