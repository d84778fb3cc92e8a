package io.algomoex.trading;

import io.algomoex.testsupport.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {}
