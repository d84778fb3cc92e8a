package io.algomoex.trading.adapter.out.broker.alor;

/** Body of {@code POST /refresh} (ALOR-SPEC {@code /refresh}; ALOR-SDK {@code TokenService.cs}). */
record AlorRefreshRequest(String token) {

    @Override
    public String toString() {
        return "AlorRefreshRequest[token=(hidden)]";
    }
}
