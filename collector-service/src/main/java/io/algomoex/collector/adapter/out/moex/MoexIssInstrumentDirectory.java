package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.application.port.InstrumentDirectory;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.common.market.Instrument;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Boards of a security from {@code /iss/securities/{secid}.json}. ISS answers an unknown secid with HTTP 200 and
 * empty blocks, which becomes an empty list here.
 */
@Component
class MoexIssInstrumentDirectory implements InstrumentDirectory {

    private final IssHttpClient http;
    private final MoexIssSettings settings;

    MoexIssInstrumentDirectory(IssHttpClient http, MoexIssSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public List<MarketInstrument> boardsOf(String secid) {
        HttpUrl url = http.url("/iss/securities/" + secid + ".json")
                .addQueryParameter("iss.meta", "off")
                .addQueryParameter("iss.only", "boards")
                .build();
        IssBlock block = http.get(
                url,
                settings.pastPageTtl(),
                body -> IssBlock.parse(body, "boards", url.toString()),
                () -> {},
                () -> {});
        int secidColumn = block.column("secid", url.toString());
        int board = block.column("boardid", url.toString());
        int engine = block.column("engine", url.toString());
        int market = block.column("market", url.toString());
        int primary = block.column("is_primary", url.toString());
        List<MarketInstrument> boards = new ArrayList<>();
        for (JsonNode row : block.rows()) {
            if (!secid.equalsIgnoreCase(row.get(secidColumn).asString())) {
                continue;
            }
            try {
                boards.add(new MarketInstrument(
                        new Instrument(
                                row.get(secidColumn).asString(), row.get(board).asString()),
                        row.get(engine).asString(),
                        row.get(market).asString(),
                        row.get(primary).asInt() == 1));
            } catch (IllegalArgumentException e) {
                // ISS lists some boards with ids outside MOEX's usual alphabet; they cannot be collected anyway.
            }
        }
        return boards;
    }
}
