package io.algomoex.benchmarks.trading;

import io.algomoex.trading.application.port.BrokerGateway;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Notes when the order request reaches the gateway: the gateway bean is wrapped in a proxy that reads
 * {@link System#nanoTime()} as {@code submit} is entered, then passes every call on unchanged. Used from the thread
 * that drives the loop only.
 */
final class SubmitClock {

    private long submitted;

    void reset() {
        submitted = 0;
    }

    /** The {@link System#nanoTime()} of the last {@code submit} since {@link #reset()}, or 0. */
    long submitted() {
        return submitted;
    }

    BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof BrokerGateway gateway ? timed(gateway) : bean;
            }
        };
    }

    private BrokerGateway timed(BrokerGateway gateway) {
        return (BrokerGateway) Proxy.newProxyInstance(
                BrokerGateway.class.getClassLoader(), new Class<?>[] {BrokerGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("submit")) {
                        submitted = System.nanoTime();
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
