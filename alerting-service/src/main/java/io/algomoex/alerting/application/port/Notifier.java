package io.algomoex.alerting.application.port;

import java.util.List;

/**
 * Sends messages to operators' chats. Implementations respect the messenger's rate limits by waiting, so a call may
 * block.
 */
public interface Notifier {

    /**
     * Sends an HTML message (cut to the messenger's maximum length).
     *
     * @throws MessengerUnavailableException when retrying later may succeed (flood control, server error, I/O)
     * @throws MessageRejectedException when the messenger refused the message for good
     */
    void send(long chatId, String html);

    /** Sends an HTML message with one row of buttons under it; a press comes back as a button-press update. */
    void sendWithButtons(long chatId, String html, List<Button> buttons);

    /**
     * One inline button.
     *
     * @param label what the button says
     * @param data what a press sends back, at most 64 bytes
     */
    record Button(String label, String data) {
        public Button {
            if (label == null || label.isBlank() || data == null || data.isEmpty() || data.length() > 64) {
                throw new IllegalArgumentException("a button needs a label and 1-64 characters of data");
            }
        }
    }
}
