package io.algomoex.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Base of each service's {@code ArchitectureTest}: runs every rule of {@link ArchitectureRules} as its own test on
 * the package of the concrete test class.
 */
public abstract class ServiceArchitectureTest {

    @TestFactory
    Stream<DynamicTest> followsTheSharedArchitectureRules() {
        String base = getClass().getPackageName();
        JavaClasses classes = ArchitectureRules.importService(base);
        return ArchitectureRules.forService(base).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
