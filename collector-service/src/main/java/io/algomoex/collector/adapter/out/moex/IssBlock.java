package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.domain.MalformedSourceBodyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One block of a default-format ISS JSON body ({@code {"candles": {"metadata": …, "columns": […], "data": [[…]]}}}),
 * with columns looked up by name because ISS orders them its own way (candles put close before high and low).
 */
final class IssBlock {

    // Floats as BigDecimal: ISS turnover such as 229515686974.59998 must reach numeric columns digit for digit.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Map<String, Integer> columns;
    private final List<JsonNode> rows;

    private IssBlock(Map<String, Integer> columns, List<JsonNode> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @throws MalformedSourceBodyException when the body is not JSON or lacks the block, its columns or its data
     */
    static IssBlock parse(String body, String block, String url) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed(url, "not JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode node = root == null ? null : root.get(block);
        if (node == null || !node.isObject()) {
            throw malformed(url, "no '" + block + "' block");
        }
        JsonNode columnNames = node.get("columns");
        JsonNode data = node.get("data");
        if (columnNames == null || !columnNames.isArray() || data == null || !data.isArray()) {
            throw malformed(url, "block '" + block + "' lacks 'columns' or 'data'");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < columnNames.size(); i++) {
            columns.put(columnNames.get(i).asString(), i);
        }
        List<JsonNode> rows = new ArrayList<>(data.size());
        for (JsonNode row : data) {
            if (!row.isArray() || row.size() != columns.size()) {
                throw malformed(url, "a row of '" + block + "' does not match its " + columns.size() + " columns");
            }
            rows.add(row);
        }
        return new IssBlock(columns, rows);
    }

    int size() {
        return rows.size();
    }

    List<JsonNode> rows() {
        return rows;
    }

    int column(String name, String url) {
        Integer index = columns.get(name);
        if (index == null) {
            throw malformed(url, "column '" + name + "' is missing");
        }
        return index;
    }

    static MalformedSourceBodyException malformed(String url, String problem) {
        return new MalformedSourceBodyException(
                "MOEX ISS sent a malformed body for " + url + ": " + problem + "; nothing from it was stored");
    }
}
