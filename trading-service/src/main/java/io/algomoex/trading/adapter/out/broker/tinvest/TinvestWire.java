package io.algomoex.trading.adapter.out.broker.tinvest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of T-Invest's JSON as the gateway writes it (TINV openapi): int64 as strings (numbers accepted too),
 * {@code Quotation}/{@code MoneyValue} objects, RFC 3339 timestamps. A missing or malformed field is an {@link
 * IllegalArgumentException} naming it, which the callers turn into a clear retryable error.
 */
final class TinvestWire {

    private TinvestWire() {}

    static long int64(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.asString());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " is not an int64: " + node, e);
            }
        }
        throw new IllegalArgumentException(field + " is missing or not an int64: " + node);
    }

    /** An int64 field, or {@code fallback} when absent (proto3 JSON leaves out zero values). */
    static long int64(JsonNode parent, String field, long fallback) {
        return parent.path(field).isMissingNode() || parent.path(field).isNull() ? fallback : int64(parent, field);
    }

    /** A Quotation or MoneyValue field as its exact decimal; zero when absent (proto3 leaves out zero values). */
    static BigDecimal decimal(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return BigDecimal.ZERO;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(field + " is not a Quotation: " + node);
        }
        String units =
                node.path("units").isMissingNode() ? "0" : node.path("units").asString();
        JsonNode nano = node.path("nano");
        if (!nano.isMissingNode() && !nano.isIntegralNumber()) {
            throw new IllegalArgumentException(field + ".nano is not an int32: " + node);
        }
        return new TinvestQuotation(units, nano.isMissingNode() ? 0 : nano.intValue()).value();
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isString() || node.asString().isBlank()) {
            throw new IllegalArgumentException(field + " is missing: " + parent);
        }
        return node.asString();
    }

    static Instant time(JsonNode parent, String field) {
        try {
            return Instant.parse(text(parent, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an RFC 3339 time: " + parent.path(field), e);
        }
    }
}
