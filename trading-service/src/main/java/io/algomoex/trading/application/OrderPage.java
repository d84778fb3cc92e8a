package io.algomoex.trading.application;

import io.algomoex.trading.domain.Order;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of orders, newest first.
 *
 * @param orders at most the page's limit
 * @param nextOffset the offset of the next page when there are more orders, else empty
 */
public record OrderPage(List<Order> orders, OptionalLong nextOffset) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
