package io.algomoex.testsupport.infrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Registers the annotated configuration only when {@code service} comes from {@code source} in this JVM. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(SourceCondition.class)
@interface ConditionalOnSource {

    BackingService service();

    Source source();
}
