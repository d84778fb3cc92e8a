package io.algomoex.common.market;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tradable instrument on MOEX, identified by its security code and trading board, for example SBER on TQBR.
 *
 * <p>Both parts are stored upper case as ISS writes them. The engine and market of a board (shares on
 * {@code stock/shares/TQBR}, futures on {@code futures/forts/RFUD}) are looked up from ISS, not derived here.
 *
 * @param secid security code (ISS {@code SECID}), 1 to 36 characters of letters, digits, '-', '_' or '.'
 * @param board trading board (ISS {@code BOARDID}), 1 to 12 letters or digits
 */
public record Instrument(String secid, String board) {

    private static final Pattern SECID = Pattern.compile("[A-Z0-9._-]{1,36}");
    private static final Pattern BOARD = Pattern.compile("[A-Z0-9]{1,12}");

    public Instrument {
        secid = normalise(secid, "secid", SECID);
        board = normalise(board, "board", BOARD);
    }

    /**
     * Parses the {@code SECID:BOARD} form used in configuration and logs, for example {@code SBER:TQBR}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static Instrument parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("instrument must be SECID:BOARD, got null");
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("instrument must be SECID:BOARD, got '" + text + "'");
        }
        return new Instrument(text.substring(0, colon), text.substring(colon + 1));
    }

    private static String normalise(String value, String field, Pattern pattern) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(upper).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a valid MOEX " + field);
        }
        return upper;
    }

    @Override
    public String toString() {
        return secid + ":" + board;
    }
}
