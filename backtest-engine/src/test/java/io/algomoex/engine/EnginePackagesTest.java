package io.algomoex.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's packages depend on each other in one direction: model, broker, metrics, root, sweep, walk-forward. */
class EnginePackagesTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.algomoex.engine");

    @Test
    void subPackagesHaveNoCycles() {
        slices().matching("io.algomoex.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void modelDependsOnNothingElseInTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("io.algomoex.engine.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.algomoex.engine",
                        "io.algomoex.engine.broker..",
                        "io.algomoex.engine.metrics..",
                        "io.algomoex.engine.sweep..",
                        "io.algomoex.engine.walkforward..")
                .check(ENGINE);
    }

    @Test
    void rootDoesNotReachSweepsOrWalkForward() {
        noClasses()
                .that()
                .resideInAPackage("io.algomoex.engine")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.algomoex.engine.sweep..", "io.algomoex.engine.walkforward..")
                .check(ENGINE);
    }

    @Test
    void brokerDoesNotSeeMetrics() {
        noClasses()
                .that()
                .resideInAPackage("io.algomoex.engine.broker..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.algomoex.engine", "io.algomoex.engine.metrics..")
                .check(ENGINE);
    }

    @Test
    void metricsDoNotSeeTheRunners() {
        noClasses()
                .that()
                .resideInAPackage("io.algomoex.engine.metrics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.algomoex.engine", "io.algomoex.engine.sweep..", "io.algomoex.engine.walkforward..")
                .check(ENGINE);
    }
}
