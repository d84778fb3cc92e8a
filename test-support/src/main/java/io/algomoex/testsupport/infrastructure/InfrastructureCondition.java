package io.algomoex.testsupport.infrastructure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/** Skips (or, with {@code CI=true}, fails) an integration test whose imported infrastructure is unavailable. */
final class InfrastructureCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("no test class");
        }
        Set<BackingService> needed = neededBy(context.getTestClass().get());
        List<String> missing = needed.stream()
                .filter(service -> InfrastructureSelection.sourceOf(service) == Source.UNAVAILABLE)
                .map(InfrastructureSelection::unavailableReason)
                .toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("infrastructure available: " + needed);
        }
        String message = String.join(" ", missing);
        if (Environment.isCi()) {
            throw new IllegalStateException("CI=true and integration-test infrastructure is missing: " + message);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + message);
    }

    static Set<BackingService> neededBy(Class<?> testClass) {
        Set<BackingService> needed = EnumSet.noneOf(BackingService.class);
        MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).stream(Import.class)
                .map(MergedAnnotation::synthesize)
                .flatMap(annotation -> java.util.Arrays.stream(annotation.value()))
                .map(InfrastructureCondition::serviceOf)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> needed));
        return needed;
    }

    private static java.util.Optional<BackingService> serviceOf(Class<?> imported) {
        if (imported == PostgresInfrastructure.class) {
            return java.util.Optional.of(BackingService.POSTGRES);
        }
        if (imported == RedisInfrastructure.class) {
            return java.util.Optional.of(BackingService.REDIS);
        }
        if (imported == RabbitInfrastructure.class) {
            return java.util.Optional.of(BackingService.RABBITMQ);
        }
        return java.util.Optional.empty();
    }
}
