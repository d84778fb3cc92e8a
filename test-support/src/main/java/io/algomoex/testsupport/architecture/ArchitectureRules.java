package io.algomoex.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency and naming rules of STYLE.md for one service's base package, for example
 * {@code io.algomoex.collector}:
 *
 * <ul>
 *   <li>{@code domain} depends on the JDK, {@code common} and itself only;
 *   <li>{@code application} never touches web, JDBC, AMQP, HTTP-client or JSON types, adapters or config;
 *   <li>adapters never import each other, and vendor packages are sealed from one another;
 *   <li>{@code domain} and {@code application} never depend on {@code config};
 *   <li>the root package starts the service only (Spring, and the inbound adapters such as a command line);
 *   <li>no {@code Impl}, {@code Manager}, {@code Helper}, {@code Util}, {@code Data} or {@code Info} suffixes.
 * </ul>
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Imports the service's production classes (tests excluded). */
    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /** Every rule, for the service rooted at {@code basePackage}. */
    public static List<ArchRule> forService(String basePackage) {
        return List.of(
                domainIsPlainJava(basePackage),
                applicationHasNoTechnology(basePackage),
                adaptersDoNotDependOnEachOther(basePackage),
                vendorsAreSealed(basePackage),
                coreDoesNotSeeConfig(basePackage),
                rootStartsTheServiceOnly(basePackage),
                bannedNameSuffixes(basePackage));
    }

    /**
     * The root package (the {@code *Application} class) starts the service and nothing else: besides Spring it reaches
     * only the service's inbound adapters (a command line the jar doubles as is one), never an outbound adapter, the
     * configuration, a use case or the domain, so no benchmark or tool hangs off {@code main} and no import cycle runs
     * through the root.
     */
    public static ArchRule rootStartsTheServiceOnly(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        base + ".adapter.out..", base + ".config..", base + ".application..", base + ".domain..")
                .allowEmptyShould(true)
                .because("the root package only starts the service; its packages are reached through the context");
    }

    static ArchRule domainIsPlainJava(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(base + ".domain..", "io.algomoex.common..", "java..")
                .allowEmptyShould(true)
                .because("domain is plain Java: the JDK and common only");
    }

    static ArchRule applicationHasNoTechnology(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        base + ".adapter..",
                        base + ".config..",
                        "org.springframework.web..",
                        "org.springframework.jdbc..",
                        "org.springframework.amqp..",
                        "org.springframework.data.redis..",
                        "org.springframework.boot..",
                        "java.sql..",
                        "java.net.http..",
                        "okhttp3..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "jakarta.servlet..")
                .allowEmptyShould(true)
                .because("use cases talk to the outside through outbound ports only");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String base) {
        return slices().matching(base + ".adapter.(*).(*)..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true)
                .because("adapters meet only through application ports");
    }

    static ArchRule vendorsAreSealed(String base) {
        return slices().matching(base + ".adapter.out.(*).(*)..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true)
                .because("each vendor package is sealed off from the others");
    }

    static ArchRule coreDoesNotSeeConfig(String base) {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".domain..", base + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".config..")
                .allowEmptyShould(true)
                .because("use cases get plain settings records, never Spring properties types");
    }

    static ArchRule bannedNameSuffixes(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Data")
                .orShould()
                .haveSimpleNameEndingWith("Info")
                .allowEmptyShould(true)
                .because("STYLE.md bans vague suffixes; name the role");
    }
}
