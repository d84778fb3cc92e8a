package io.algomoex.alerting.adapter.out.telegram;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Cuts HTML message text to Telegram's limit. sendMessage takes "1-4096 characters after entities parsing"
 * (core.telegram.org/bots/api#sendmessage), so tags count nothing and an entity such as {@code &amp;} counts one. The
 * cut never splits a tag, an entity or a surrogate pair, and closes the tags left open, so the result still parses.
 */
final class TelegramText {

    static final int MAX_CHARACTERS = 4096;
    private static final String ELLIPSIS = "…";

    private TelegramText() {}

    static String cut(String html) {
        return cut(html, MAX_CHARACTERS);
    }

    static String cut(String html, int limit) {
        if (visibleLength(html) <= limit) {
            return html;
        }
        int budget = limit - ELLIPSIS.length();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder kept = new StringBuilder();
        int visible = 0;
        int i = 0;
        while (i < html.length() && visible < budget) {
            char c = html.charAt(i);
            int end = i + 1;
            if (c == '<' && html.indexOf('>', i) > 0) {
                end = html.indexOf('>', i) + 1;
                track(html.substring(i, end), open);
            } else {
                if (c == '&' && html.indexOf(';', i) > 0) {
                    end = html.indexOf(';', i) + 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < html.length()) {
                    if (visible + 2 > budget) {
                        break;
                    }
                    end = i + 2;
                    visible++;
                }
                visible++;
            }
            kept.append(html, i, end);
            i = end;
        }
        kept.append(ELLIPSIS);
        while (!open.isEmpty()) {
            kept.append("</").append(open.pop()).append('>');
        }
        return kept.toString();
    }

    /** Characters Telegram counts: tags count nothing, an entity counts one, a surrogate pair two (UTF-16). */
    static int visibleLength(String html) {
        int visible = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && html.indexOf('>', i) > 0) {
                i = html.indexOf('>', i) + 1;
            } else if (c == '&' && html.indexOf(';', i) > 0) {
                i = html.indexOf(';', i) + 1;
                visible++;
            } else {
                i++;
                visible++;
            }
        }
        return visible;
    }

    private static void track(String tag, Deque<String> open) {
        String inner = tag.substring(1, tag.length() - 1).strip();
        if (inner.startsWith("/")) {
            if (!open.isEmpty()) {
                open.pop();
            }
            return;
        }
        int space = inner.indexOf(' ');
        open.push(space < 0 ? inner : inner.substring(0, space));
    }
}
