package io.algomoex.collector;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.algomoex.testsupport.architecture.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ArchitectureTest {

    private static final String BASE = "io.algomoex.collector";
    private static final JavaClasses CLASSES = ArchitectureRules.importService(BASE);

    @TestFactory
    Stream<DynamicTest> followsTheSharedArchitectureRules() {
        return ArchitectureRules.forService(BASE).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
