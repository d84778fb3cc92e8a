package io.algomoex.trading.adapter.out.broker.alor;

/**
 * The {@code BarsGetAndSubscribe} message on {@code /ws} (ALOR-SPEC {@code ws_sub_BarsGetAndSubscribe} and
 * {@code ws_request_sub_BaseObject}): the JWT travels in {@code token} of every subscribe, {@code from} is Unix seconds
 * of the first bar wanted, {@code tf} seconds as a string or {@code D}/{@code W}/{@code M}.
 */
record AlorBarsRequest(
        String opcode,
        String code,
        String exchange,
        String instrumentGroup,
        String tf,
        long from,
        boolean skipHistory,
        String format,
        String guid,
        String token) {

    @Override
    public String toString() {
        return "AlorBarsRequest[" + code + "/" + instrumentGroup + " tf=" + tf + " from=" + from + " guid=" + guid
                + ", token=(hidden)]";
    }
}
