package io.algomoex.alerting.config;

import io.algomoex.alerting.adapter.in.schedule.BotPollingLoop;
import io.algomoex.alerting.adapter.in.schedule.DeliveryLoop;
import io.algomoex.alerting.adapter.out.telegram.TelegramAdapter;
import io.algomoex.alerting.adapter.out.telegram.TelegramChatUpdates;
import io.algomoex.alerting.adapter.out.telegram.TelegramClientSettings;
import io.algomoex.alerting.adapter.out.telegram.TelegramNotifier;
import io.algomoex.alerting.adapter.out.trading.TradingRestStatusSource;
import io.algomoex.alerting.application.AnswerBotCommands;
import io.algomoex.alerting.application.BotSettings;
import io.algomoex.alerting.application.DeliverAlerts;
import io.algomoex.alerting.application.DeliverySettings;
import io.algomoex.alerting.domain.AlertRules;
import io.algomoex.alerting.domain.RuleSettings;
import io.algomoex.alerting.domain.SeriesKey;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** Maps the properties records to the use cases' settings and builds the Telegram and trading-service adapters. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlertingConfiguration.class);

    @Bean
    AlertRules alertRules(RulesProperties rules) {
        return new AlertRules(new RuleSettings(
                rules.orderFilled().enabled(),
                rules.orderRejected().enabled(),
                rules.orderCancelled().enabled(),
                rules.riskBreached().enabled(),
                rules.tradingHalted().enabled(),
                rules.tradingResumed().enabled(),
                rules.drawdown().enabled(),
                rules.drawdown().threshold(),
                rules.serviceError().enabled(),
                rules.staleCandles().enabled(),
                rules.staleCandles().after(),
                rules.staleCandles().watched().stream()
                        .filter(series -> !series.isBlank())
                        .map(SeriesKey::parse)
                        .toList(),
                rules.backtestCompleted().enabled(),
                rules.sweepCompleted().enabled()));
    }

    @Bean
    DeliverySettings deliverySettings(DeliveryProperties delivery, TelegramProperties telegram) {
        return new DeliverySettings(
                telegram.recipients(),
                delivery.aggregationWindow(),
                delivery.initialBackoff(),
                delivery.maxBackoff(),
                delivery.claimLease());
    }

    @Bean
    BotSettings botSettings(
            BotProperties bot, TelegramProperties telegram, @Value("${spring.application.name}") String source) {
        return new BotSettings(
                new HashSet<>(telegram.allowedChats()),
                new HashSet<>(telegram.allowedUsers()),
                bot.pollTimeout(),
                bot.recentAlerts(),
                bot.confirmationTimeout(),
                source);
    }

    @Bean
    TelegramAdapter telegramAdapter(TelegramProperties telegram, JsonMapper json, MeterRegistry meters) {
        TelegramClientSettings settings = new TelegramClientSettings(
                telegram.baseUrl(),
                telegram.token(),
                telegram.perChatInterval(),
                telegram.overallPerSecond(),
                telegram.connectTimeout(),
                telegram.callTimeout());
        if (!settings.hasToken()) {
            log.warn("TELEGRAM_BOT_TOKEN is not set: alerts are stored and logged but not sent, and the bot is off");
        } else if (telegram.recipients().isEmpty()) {
            log.warn("No chat to send alerts to: set ALGO_TELEGRAM_ALLOWED_CHATS; alerts are stored and logged only");
        }
        return new TelegramAdapter(settings, json, meters);
    }

    @Bean
    TelegramNotifier telegramNotifier(TelegramAdapter telegram) {
        return telegram.notifier();
    }

    @Bean
    TelegramChatUpdates telegramChatUpdates(TelegramAdapter telegram) {
        return telegram.updates();
    }

    @Bean
    TradingRestStatusSource tradingStatusSource(TradingServiceProperties trading) {
        return new TradingRestStatusSource(trading.baseUrl(), trading.timeout());
    }

    @Bean
    DeliveryLoop deliveryLoop(DeliverAlerts deliverAlerts, DeliveryProperties delivery, TelegramProperties telegram) {
        boolean enabled = telegram.hasToken() && !telegram.recipients().isEmpty();
        return new DeliveryLoop(deliverAlerts, delivery.pollInterval(), delivery.stopTimeout(), enabled);
    }

    @Bean
    BotPollingLoop botPollingLoop(
            AnswerBotCommands answerBotCommands,
            BotProperties bot,
            DeliveryProperties delivery,
            TelegramProperties telegram) {
        boolean enabled = bot.enabled() && telegram.hasToken();
        if (enabled && telegram.allowedChats().isEmpty()) {
            log.warn("ALGO_TELEGRAM_ALLOWED_CHATS is empty: the bot ignores every chat");
        }
        return new BotPollingLoop(
                answerBotCommands, bot.errorBackoff(), bot.conflictBackoff(), delivery.stopTimeout(), enabled);
    }
}
