package io.algomoex.trading.adapter.out.broker.alor;

import tools.jackson.databind.JsonNode;

/**
 * Answer of an order command (ALOR-SPEC {@code 200_OrderActionLimitMarket_CommandAPI} and {@code 400_Post_Put}): a
 * success carries {@code orderNumber}; a repeated {@code X-REQID} is a 400 whose {@code oldResponse} is the answer
 * to the first request with that id.
 */
record AlorCommandResponse(String message, String orderNumber, AlorOldResponse oldResponse) {

    /** The first answer to a repeated request: its status and body. */
    record AlorOldResponse(int statusCode, JsonNode body) {}
}
