package io.algomoex.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.Exchanges;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BotCommandsIT extends AlertingIntegrationTest {

    /** Stands in for trading-service's command queue. */
    private static final String COMMANDS = "test.trading.commands";

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void reset() {
        TELEGRAM.reset();
        TRADING.available(true);
        Queue queue = new Queue(COMMANDS, false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue)
                .to(new TopicExchange(Exchanges.COMMANDS))
                .with("trading.#"));
        admin.purgeQueue(COMMANDS, false);
    }

    @Test
    void answersStatusInAnAllowedChatFromTradingService() {
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/status");

        String reply = awaitReplyIn(OPERATOR_CHAT);

        assertThat(reply)
                .contains("mode <code>paper</code>", "account running", "trading-service: reachable")
                .contains("<code>sber-sma</code> SBER@TQBR 1h sma-cross via paper: running")
                .contains("<code>gazp-sma</code>", "<b>HALTED</b> (max-daily-loss)");
    }

    @Test
    void saysSoWhenTradingServiceIsUnreachable() {
        TRADING.available(false);

        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/status");

        assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("trading-service is unreachable", "HTTP 503");
    }

    @Test
    void ignoresAndCountsAForeignChat() {
        double ignoredBefore = ignored();
        long foreign = TELEGRAM.userWrites(FOREIGN_CHAT, 999, "/status");
        long allowed = TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/help");

        assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("/halt [strategy]");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(ignored()).isEqualTo(ignoredBefore + 1);
            assertThat(savedOffset()).isGreaterThan(allowed);
        });
        assertThat(foreign).isLessThan(allowed);
        assertThat(TELEGRAM.calls("sendMessage")).noneMatch(call -> call.chatId() == FOREIGN_CHAT);
    }

    @Test
    void haltPublishesTheCommandOnlyAfterConfirmation() {
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/halt sber-sma");

        FakeTelegramBotApi.Call question = awaitCallIn(OPERATOR_CHAT);
        assertThat(question.text()).contains("Halt trading", "<code>sber-sma</code>");
        JsonNode buttons =
                question.body().path("reply_markup").path("inline_keyboard").path(0);
        String confirm = buttons.path(0).path("callback_data").asString();
        assertThat(confirm).startsWith("confirm:");
        assertThat(buttons.path(1).path("callback_data").asString()).startsWith("cancel:");
        assertThat(rabbit.receive(COMMANDS))
                .as("nothing is published before the confirmation")
                .isNull();

        // A press from a foreign chat, even with the right data, is ignored.
        TELEGRAM.userPresses(FOREIGN_CHAT, 999, confirm);
        TELEGRAM.userPresses(OPERATOR_CHAT, OPERATOR, confirm);

        Message command = await().atMost(Duration.ofSeconds(10)).until(() -> rabbit.receive(COMMANDS), m -> m != null);
        assertThat(command.getMessageProperties().getReceivedRoutingKey()).isEqualTo("trading.halt");
        JsonNode envelope = json.readTree(new String(command.getBody(), StandardCharsets.UTF_8));
        assertThat(envelope.path("type").asString()).isEqualTo("trading.halt");
        assertThat(envelope.path("source").asString()).isEqualTo("alerting-service");
        assertThat(envelope.path("eventId").asString()).hasSize(36);
        assertThat(envelope.path("payload").path("strategyId").asString()).isEqualTo("sber-sma");
        assertThat(envelope.path("payload").path("requestedBy").asString()).isEqualTo("telegram:" + OPERATOR);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(TELEGRAM.calls("answerCallbackQuery")).hasSize(1);
            assertThat(repliesIn(OPERATOR_CHAT))
                    .anySatisfy(text -> assertThat(text).contains("Halt", "requested for strategy"));
        });
        assertThat(rabbit.receive(COMMANDS)).as("published once").isNull();
    }

    @Test
    void aChatMemberOutsideTheAllowedUsersCanNeitherAskForNorConfirmAHalt() {
        TELEGRAM.userWrites(OPERATOR_CHAT, OTHER_MEMBER, "/halt");

        assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("Only the configured operators");
        assertThat(TELEGRAM.delivered())
                .noneSatisfy(call -> assertThat(call.body().has("reply_markup")).isTrue());

        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/halt");
        String confirm = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TELEGRAM.delivered().stream()
                                .filter(call -> call.body().has("reply_markup"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow()
                .body()
                .path("reply_markup")
                .path("inline_keyboard")
                .path(0)
                .path(0)
                .path("callback_data")
                .asString();
        TELEGRAM.userPresses(OPERATOR_CHAT, OTHER_MEMBER, confirm);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(TELEGRAM.calls("answerCallbackQuery"))
                        .singleElement()
                        .satisfies(call -> assertThat(call.body().path("text").asString())
                                .contains("Only the configured operators")));
        assertThat(rabbit.receive(COMMANDS, 500)).as("nothing published").isNull();
        // The request still stands for the operator.
        TELEGRAM.userPresses(OPERATOR_CHAT, OPERATOR, confirm);
        Message command = await().atMost(Duration.ofSeconds(10)).until(() -> rabbit.receive(COMMANDS), m -> m != null);
        assertThat(command.getMessageProperties().getReceivedRoutingKey()).isEqualTo("trading.halt");
    }

    @Test
    void waitsOutTheRetryAfterOfA429OnGetUpdates() {
        TELEGRAM.floodUpdates(true);

        await().atMost(Duration.ofSeconds(20)).until(() -> flooded().size() >= 2);
        TELEGRAM.floodUpdates(false);

        List<Long> flooded = flooded();
        // too-many-requests.json says retry_after 5; the error back-off of the tests is 200 ms.
        assertThat(flooded.get(1) - flooded.get(0))
                .isGreaterThanOrEqualTo(Duration.ofMillis(4990).toNanos());
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/help");
        assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("Commands");
    }

    private static List<Long> flooded() {
        return TELEGRAM.calls("getUpdates").stream()
                .filter(call -> call.status() == 429)
                .map(FakeTelegramBotApi.Call::receivedAtNanos)
                .toList();
    }

    @Test
    void resumeForAllStrategiesCanBeCancelled() {
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/resume");
        FakeTelegramBotApi.Call question = awaitCallIn(OPERATOR_CHAT);
        assertThat(question.text()).contains("Resume trading", "all strategies");
        String cancel = question.body()
                .path("reply_markup")
                .path("inline_keyboard")
                .path(0)
                .path(1)
                .path("callback_data")
                .asString();

        TELEGRAM.userPresses(OPERATOR_CHAT, OPERATOR, cancel);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(repliesIn(OPERATOR_CHAT))
                        .anySatisfy(text -> assertThat(text).startsWith("Cancelled")));
        assertThat(rabbit.receive(COMMANDS)).isNull();
    }

    @Test
    void answersPnlPositionsAndAlertsFromTheLatestEvents() {
        TestEvents events = new TestEvents(rabbit, json);
        events.publish(new PnlUpdated("sber-sma", new BigDecimal("-120.50"), new BigDecimal("1500"), BigDecimal.ZERO));
        events.publish(new PositionChanged("sber-sma", "SBER", "TQBR", 3, new BigDecimal("250.10")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            TELEGRAM.reset();
            TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/pnl");
            assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("today -120.50 RUB, total 1500 RUB");
        });
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/positions");
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/alerts");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(repliesIn(OPERATOR_CHAT))
                        .anySatisfy(text ->
                                assertThat(text).contains("<code>sber-sma</code> SBER@TQBR: 3 lot(s) at 250.10 RUB"))
                        .anySatisfy(text -> assertThat(text).contains("Latest alerts")));
    }

    @Test
    void reportsAConflictingPollerWithoutHammeringTelegram() {
        TELEGRAM.conflict(true);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                TELEGRAM.calls("getUpdates").stream().filter(call -> call.status() == 409))
                        .hasSizeGreaterThanOrEqualTo(3));
        TELEGRAM.conflict(false);

        List<Long> conflicts = TELEGRAM.calls("getUpdates").stream()
                .filter(call -> call.status() == 409)
                .map(FakeTelegramBotApi.Call::receivedAtNanos)
                .toList();
        for (int i = 1; i < conflicts.size(); i++) {
            // conflict-backoff is 1 s in the tests: each retry waits it out.
            assertThat(conflicts.get(i) - conflicts.get(i - 1))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(990).toNanos());
        }
        assertThat(meters.find("alerting.telegram.errors").tag("code", "409").counter())
                .isNotNull()
                .satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(3));
        TELEGRAM.userWrites(OPERATOR_CHAT, OPERATOR, "/help");
        assertThat(awaitReplyIn(OPERATOR_CHAT)).contains("Commands");
    }

    private double ignored() {
        return meters.get("alerting.bot.updates.ignored").counter().count();
    }

    private long savedOffset() {
        return jdbc.sql("SELECT next_offset FROM alerting.bot_offsets WHERE bot = 'telegram'")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private static String awaitReplyIn(long chatId) {
        return awaitCallIn(chatId).text();
    }

    private static FakeTelegramBotApi.Call awaitCallIn(long chatId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TELEGRAM.delivered().stream()
                                .filter(call -> call.chatId() == chatId)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static List<String> repliesIn(long chatId) {
        return TELEGRAM.delivered().stream()
                .filter(call -> call.chatId() == chatId)
                .map(FakeTelegramBotApi.Call::text)
                .toList();
    }
}
