package io.algomoex.trading.config;

import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.FollowBrokerOrders;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls real brokers' working orders for fills ({@link FollowBrokerOrders}) every
 * {@code algo.trading.fills.poll-interval} (0.5 s), between two candles; does nothing when every strategy trades on
 * paper.
 */
@Configuration(proxyBeanMethods = false)
class BrokerFillSchedule {

    private final ActOnClosedCandle loop;
    private final FollowBrokerOrders follow;

    BrokerFillSchedule(ActOnClosedCandle loop, FollowBrokerOrders follow) {
        this.loop = loop;
        this.follow = follow;
    }

    @Scheduled(
            fixedDelayString = "${algo.trading.fills.poll-interval:PT0.5S}",
            initialDelayString = "${algo.trading.fills.poll-interval:PT0.5S}")
    void poll() {
        if (follow.followsAny()) {
            loop.exclusively(follow::follow);
        }
    }
}
