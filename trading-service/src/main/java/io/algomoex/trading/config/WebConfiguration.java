package io.algomoex.trading.config;

import io.algomoex.trading.adapter.in.web.ApiTokenGuard;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards the REST API's mutating endpoints (the kill switch) with the API token. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApiProperties api;

    WebConfiguration(ApiProperties api) {
        this.api = api;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiTokenGuard(api.token())).addPathPatterns("/api/**");
    }
}
