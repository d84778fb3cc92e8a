package io.algomoex.testsupport.infrastructure;

import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link ConditionalOnSource#service()} comes from {@link ConditionalOnSource#source()} in this JVM. */
final class SourceCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> wanted = metadata.getAnnotationAttributes(ConditionalOnSource.class.getName());
        if (wanted == null) {
            throw new IllegalStateException("SourceCondition is used through @ConditionalOnSource only");
        }
        return InfrastructureSelection.sourceOf((BackingService) wanted.get("service")) == wanted.get("source");
    }
}
