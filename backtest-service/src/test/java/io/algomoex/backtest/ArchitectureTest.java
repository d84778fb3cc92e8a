package io.algomoex.backtest;

import io.algomoex.testsupport.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {}
