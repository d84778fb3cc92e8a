package io.algomoex.alerting.adapter.out.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import okhttp3.OkHttpClient;
import tools.jackson.databind.json.JsonMapper;

/** Builds the Telegram notifier and update source around one HTTP client and one set of rate limits. */
public final class TelegramAdapter {

    private final TelegramNotifier notifier;
    private final TelegramChatUpdates updates;

    public TelegramAdapter(TelegramClientSettings settings, JsonMapper json, MeterRegistry meters) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                // Long polls hold the connection open; the per-call timeout bounds each request instead.
                .readTimeout(Duration.ZERO)
                .build();
        TelegramApi api = new TelegramApi(http, json, settings, meters);
        this.notifier = new TelegramNotifier(
                api,
                new TelegramRateLimits(settings.perChatInterval(), settings.overallPerSecond()),
                settings.callTimeout());
        this.updates = new TelegramChatUpdates(api, settings.callTimeout());
    }

    public TelegramNotifier notifier() {
        return notifier;
    }

    public TelegramChatUpdates updates() {
        return updates;
    }
}
