package io.algomoex.trading.application;

/**
 * How many orders one {@code GET /api/v1/orders} answers: {@code defaultLimit} when the caller names none, never more
 * than {@code maxLimit}, so a long-running account cannot be made to load its whole history into one response.
 *
 * @param defaultLimit orders per page when no limit is given, 1 to {@code maxLimit}
 * @param maxLimit the largest limit accepted; a larger one is refused, not cut
 */
public record OrderPageSettings(int defaultLimit, int maxLimit) {

    public OrderPageSettings {
        if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException(
                    "need 1 <= defaultLimit <= maxLimit, got " + defaultLimit + " and " + maxLimit);
        }
    }
}
