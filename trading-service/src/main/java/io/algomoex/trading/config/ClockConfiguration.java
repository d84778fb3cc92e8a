package io.algomoex.trading.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Every "now" in the service comes from here, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
