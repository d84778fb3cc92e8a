/** Finam's historical export: URL building, chunking, error-body detection and parsing with the shared CSV reader. */
package io.algomoex.collector.adapter.out.finam;
