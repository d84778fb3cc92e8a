package io.algomoex.trading.config;

import io.algomoex.trading.application.OrderPageSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps the order paging properties into the settings {@code QueryTrading} takes. */
@Configuration(proxyBeanMethods = false)
class OrdersApiConfiguration {

    @Bean
    OrderPageSettings orderPageSettings(OrdersApiProperties properties) {
        return new OrderPageSettings(properties.defaultLimit(), properties.maxLimit());
    }
}
