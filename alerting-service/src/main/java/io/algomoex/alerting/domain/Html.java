package io.algomoex.alerting.domain;

/**
 * Alert texts are written in Telegram's HTML subset. Every piece of text that comes from an event must pass through
 * {@link #escape}: Telegram rejects the whole message when a stray {@code <}, {@code >} or {@code &} is not part of a
 * tag or entity (core.telegram.org/bots/api#html-style).
 */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    public static String link(String url, String label) {
        return "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>";
    }
}
