package io.algomoex.collector.config;

import io.algomoex.collector.adapter.out.finam.FinamSettings;
import io.algomoex.collector.adapter.out.moex.MoexIssSettings;
import io.algomoex.collector.adapter.out.redis.RedisPageCacheSettings;
import io.algomoex.collector.application.RetrySettings;
import io.algomoex.collector.application.SourceRetryPolicy;
import io.algomoex.collector.application.WatchlistSettings;
import io.algomoex.collector.domain.WatchedSeries;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Maps the properties records into the plain settings records the adapters and use cases take. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CollectorConfiguration {

    @Bean
    MoexIssSettings moexIssSettings(MoexIssProperties iss, CacheProperties cache) {
        return new MoexIssSettings(
                iss.baseUrl(),
                iss.requestsPerSecond(),
                iss.maxInFlight(),
                new RetrySettings(iss.retryDeadline(), iss.backoffBase(), iss.backoffMax()),
                iss.connectTimeout(),
                iss.readTimeout(),
                iss.maxPages(),
                cache.pastPageTtl(),
                cache.todayPageTtl(),
                iss.dataDelay());
    }

    @Bean
    RedisPageCacheSettings redisPageCacheSettings(CacheProperties cache) {
        return new RedisPageCacheSettings(cache.pauseAfterFailure());
    }

    @Bean
    FinamSettings finamSettings(FinamProperties finam) {
        return new FinamSettings(
                finam.baseUrl(),
                finam.userAgent(),
                finam.referer(),
                finam.pause(),
                finam.intradayChunkDays(),
                finam.dailyChunkDays(),
                finam.busyRetries(),
                finam.market(),
                finam.instruments(),
                finam.timeout(),
                new RetrySettings(finam.retryDeadline(), finam.backoffBase(), finam.backoffMax()));
    }

    @Bean
    WatchlistSettings watchlistSettings(WatchlistProperties watchlist) {
        return new WatchlistSettings(
                watchlist.watchlist().stream()
                        .filter(entry -> !entry.isBlank())
                        .map(WatchedSeries::parse)
                        .toList(),
                watchlist.initialSyncDays());
    }

    /** How sources wait between retries; tests shrink the back-off properties instead of replacing this. */
    @Bean
    SourceRetryPolicy.Sleeper sourceRetrySleeper() {
        return Thread::sleep;
    }

    /** Collection jobs block on HTTP and JDBC; a virtual thread each keeps them cheap. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService collectionExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
