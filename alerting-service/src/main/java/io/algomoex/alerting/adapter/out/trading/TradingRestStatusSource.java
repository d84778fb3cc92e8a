package io.algomoex.alerting.adapter.out.trading;

import io.algomoex.alerting.application.port.TradingServiceUnavailableException;
import io.algomoex.alerting.application.port.TradingStatusSource;
import io.algomoex.alerting.domain.TradingSnapshot;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Reads trading-service's {@code GET /api/v1/status}. */
public class TradingRestStatusSource implements TradingStatusSource {

    private final RestClient http;
    private final URI baseUrl;

    public TradingRestStatusSource(URI baseUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .build();
        this.baseUrl = baseUrl;
    }

    @Override
    public TradingSnapshot status() {
        StatusResponse status;
        try {
            status = http.get().uri("/api/v1/status").retrieve().body(StatusResponse.class);
        } catch (RestClientResponseException e) {
            throw new TradingServiceUnavailableException(
                    "trading-service at " + baseUrl + " answered HTTP "
                            + e.getStatusCode().value(),
                    e);
        } catch (RestClientException e) {
            throw new TradingServiceUnavailableException(
                    "trading-service at " + baseUrl + " is not answering ("
                            + e.getMostSpecificCause().getClass().getSimpleName() + ")",
                    e);
        }
        if (status == null || status.mode() == null) {
            throw new TradingServiceUnavailableException(
                    "trading-service at " + baseUrl + " sent an empty status", null);
        }
        List<StrategyResponse> strategies = status.strategies() == null ? List.of() : status.strategies();
        return new TradingSnapshot(
                status.mode(),
                status.halted(),
                strategies.stream().map(StrategyResponse::toState).toList());
    }

    /** trading-service's StatusController answer. */
    record StatusResponse(String mode, boolean halted, List<StrategyResponse> strategies) {}

    record StrategyResponse(
            String id,
            String secid,
            String board,
            String timeframe,
            String strategy,
            String broker,
            boolean halted,
            String haltReason) {

        TradingSnapshot.StrategyState toState() {
            return new TradingSnapshot.StrategyState(
                    id, secid + "@" + board, timeframe, strategy, broker, halted, haltReason);
        }
    }
}
