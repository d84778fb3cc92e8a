package io.algomoex.collector;

import io.algomoex.testsupport.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {}
