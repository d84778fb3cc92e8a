package io.algomoex.alerting;

import io.algomoex.testsupport.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {}
