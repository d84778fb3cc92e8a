package io.algomoex.trading.adapter.in.web;

import io.algomoex.trading.application.CancelOrder;
import io.algomoex.trading.application.OrderPage;
import io.algomoex.trading.application.QueryTrading;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/orders")
class OrdersController {

    private final QueryTrading queryTrading;
    private final CancelOrder cancelOrder;

    OrdersController(QueryTrading queryTrading, CancelOrder cancelOrder) {
        this.queryTrading = queryTrading;
        this.cancelOrder = cancelOrder;
    }

    /**
     * One page of orders newest first; {@code strategy} and {@code status} (new, submitted, filled, ...) filter when
     * given, {@code limit} (default and maximum are configured) and {@code offset} page. When more orders follow, a
     * {@code Link: <...>; rel="next"} header names the next page.
     */
    @GetMapping
    ResponseEntity<List<OrderResponse>> orders(
            @RequestParam(required = false) String strategy,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(defaultValue = "0") long offset) {
        OrderPage page = queryTrading.orders(strategy, state(status), limit, offset);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        page.nextOffset()
                .ifPresent(next -> response.header(HttpHeaders.LINK, "<" + nextPage(next) + ">; rel=\"next\""));
        return response.body(page.orders().stream().map(OrderResponse::of).toList());
    }

    private static String nextPage(long offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", offset)
                .build()
                .toUriString();
    }

    /**
     * Cancels an open order at the broker (needs the API token; allowed while halted): 404 for an unknown id, 409 when
     * the order is final or filled before the cancel reached the broker.
     */
    @PostMapping("/{clientOrderId}/cancel")
    OrderResponse cancel(@PathVariable String clientOrderId) {
        return OrderResponse.of(cancelOrder.cancel(clientOrderId, "rest"));
    }

    private static OrderState state(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderState.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of new, submitted, partially_filled, filled,"
                    + " rejected, cancelled; got '" + status + "'");
        }
    }

    record OrderResponse(
            String clientOrderId,
            String strategy,
            String secid,
            String board,
            String side,
            long lots,
            long units,
            long filledUnits,
            String status,
            Instant signalCandle,
            Instant createdAt,
            BigDecimal fillPrice,
            BigDecimal commission,
            Instant filledAt,
            String reason) {

        static OrderResponse of(Order order) {
            return new OrderResponse(
                    order.clientOrderId(),
                    order.strategyId(),
                    order.instrument().secid(),
                    order.instrument().board(),
                    order.side().name(),
                    order.lots(),
                    order.units(),
                    order.filledUnits(),
                    order.state().name().toLowerCase(Locale.ROOT),
                    order.signalCandle(),
                    order.createdAt(),
                    order.fillPrice(),
                    order.commission(),
                    order.filledAt(),
                    order.reason());
        }
    }
}
