package io.algomoex.collector.application;

import java.util.Objects;

/**
 * One HTTP answer of a candle source, as far as {@link SourceReplyRules} needs it.
 *
 * @param status HTTP status code
 * @param contentType the {@code Content-Type} header, empty when absent
 * @param body the decoded body, empty when absent
 * @param retryAfter the {@code Retry-After} header, or {@code null}
 */
public record SourceReply(int status, String contentType, String body, String retryAfter) {

    public SourceReply {
        contentType = Objects.requireNonNullElse(contentType, "");
        body = Objects.requireNonNullElse(body, "");
    }
}
