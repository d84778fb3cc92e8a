package io.algomoex.testsupport.infrastructure;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Spring conditions that register the local or the container variant of a backing service. */
abstract class SourceCondition implements Condition {

    private final BackingService service;
    private final Source source;

    SourceCondition(BackingService service, Source source) {
        this.service = service;
        this.source = source;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return InfrastructureSelection.sourceOf(service) == source;
    }

    static final class LocalPostgres extends SourceCondition {
        LocalPostgres() {
            super(BackingService.POSTGRES, Source.LOCAL);
        }
    }

    static final class ContainerPostgres extends SourceCondition {
        ContainerPostgres() {
            super(BackingService.POSTGRES, Source.CONTAINER);
        }
    }

    static final class LocalRedis extends SourceCondition {
        LocalRedis() {
            super(BackingService.REDIS, Source.LOCAL);
        }
    }

    static final class ContainerRedis extends SourceCondition {
        ContainerRedis() {
            super(BackingService.REDIS, Source.CONTAINER);
        }
    }

    static final class LocalRabbit extends SourceCondition {
        LocalRabbit() {
            super(BackingService.RABBITMQ, Source.LOCAL);
        }
    }

    static final class ContainerRabbit extends SourceCondition {
        ContainerRabbit() {
            super(BackingService.RABBITMQ, Source.CONTAINER);
        }
    }
}
