package io.algomoex.service;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards every service's mutating {@code /api/**} endpoints with the API token ({@code ALGO_API_TOKEN}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
public class ServiceWebAutoConfiguration implements WebMvcConfigurer {

    private final ApiProperties api;

    ServiceWebAutoConfiguration(ApiProperties api) {
        this.api = api;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiTokenGuard(api.token())).addPathPatterns("/api/**");
    }
}
