package io.algomoex.trading;

import io.algomoex.testsupport.architecture.ArchitectureRules;
import io.algomoex.testsupport.architecture.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

class ArchitectureTest extends ServiceArchitectureTest {

    @Test
    void theRootPackageOnlyStartsSpring() {
        String base = getClass().getPackageName();
        ArchitectureRules.rootStartsSpringOnly(base).check(ArchitectureRules.importService(base));
    }
}
