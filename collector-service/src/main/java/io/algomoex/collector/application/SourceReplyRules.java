package io.algomoex.collector.application;

import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.SourceRefusedException;
import io.algomoex.collector.domain.SourceUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an HTTP answer of a candle source means, the same for every source. Reverse proxies answer 500, 502, 503 and
 * 504 with HTML pages all the time, so a 5xx is transient whatever its body; so are 429 and I/O errors. Only 401,
 * 403 or a login page on a 2xx mean a missing entitlement. Any other HTML on a 2xx is a malformed body.
 */
public final class SourceReplyRules {

    // Words of login forms in English and Russian (MOEX Passport is Russian first); a password field settles it.
    private static final List<String> LOGIN_MARKERS = List.of(
            "type=\"password\"",
            "type='password'",
            "type=password",
            "passport.moex.com",
            "login",
            "log in",
            "sign in",
            "authenticat",
            "authoriz",
            "авториз",
            "вход");

    private SourceReplyRules() {}

    /**
     * @return the body of a usable answer
     * @throws SourceRefusedException on 401, 403 or a login page
     * @throws SourceUnavailableException on 429 and 5xx, with the {@code Retry-After} the source asked for
     * @throws MalformedSourceBodyException on an HTML page that is not a login page
     * @throws SourceFailureException on any other status, which no retry can change (404, 400, 3xx)
     */
    public static String body(String source, SourceReply reply, String url, Instant now) {
        int status = reply.status();
        if (status == 401 || status == 403) {
            throw new SourceRefusedException(source + " refused " + url + " (HTTP " + status
                    + "): it needs an entitlement or authentication;" + " job stopped");
        }
        if (status == 429 || status >= 500) {
            String kind = isHtml(reply) ? ", an HTML page" : reply.body().isBlank() ? ", no body" : "";
            throw new SourceUnavailableException(
                    Integer.toString(status),
                    "HTTP " + status + kind,
                    retryAfter(reply.retryAfter(), now).orElse(null));
        }
        if (status < 200 || status > 299) {
            throw new SourceFailureException(source + " answered HTTP " + status + " for " + url + "; job stopped");
        }
        if (isHtml(reply)) {
            if (isLoginPage(reply.body())) {
                throw new SourceRefusedException(source + " sent a login page instead of data for " + url + " (HTTP "
                        + status + "): it needs an entitlement or authentication; job stopped");
            }
            throw new MalformedSourceBodyException(
                    source + " sent an HTML page instead of data for " + url + "; nothing from it was stored");
        }
        return reply.body();
    }

    /**
     * The wait a {@code Retry-After} header asks for (RFC 9110 §10.2.3: delay-seconds or an HTTP-date), or empty
     * when the header is absent or unreadable.
     */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isHtml(SourceReply reply) {
        String start = reply.body().stripLeading().toLowerCase(Locale.ROOT);
        return reply.contentType().toLowerCase(Locale.ROOT).contains("text/html")
                || start.startsWith("<html")
                || start.startsWith("<!doctype");
    }

    static boolean isLoginPage(String body) {
        String text = body.toLowerCase(Locale.ROOT);
        return LOGIN_MARKERS.stream().anyMatch(text::contains);
    }
}
