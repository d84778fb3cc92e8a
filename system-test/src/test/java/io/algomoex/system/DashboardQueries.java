package io.algomoex.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every PromQL expression of the provisioned Grafana dashboards and of the alert rules, sent to the running
 * Prometheus: each must parse, and a panel whose metrics all exist (its feature ran) must return data. Grafana's
 * variables are given the values the dashboards default to ({@code $strategy} = all).
 */
final class DashboardQueries {

    private static final Set<String> PROMQL_WORDS = Set.of(
            "sum",
            "avg",
            "min",
            "max",
            "count",
            "rate",
            "irate",
            "increase",
            "by",
            "without",
            "on",
            "ignoring",
            "histogram_quantile",
            "le",
            "and",
            "or",
            "unless",
            "offset",
            "bool",
            "topk",
            "bottomk",
            "abs",
            "clamp_min",
            "clamp_max",
            "delta",
            "deriv",
            "time",
            "vector",
            "scalar",
            "label_replace",
            "sort",
            "sort_desc",
            "group_left",
            "group_right",
            "hour",
            "day_of_week",
            "inf",
            "nan");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SELECTOR = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*\\{[^}]*}");

    private final Path repository;
    private final Monitoring monitoring;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardQueries(Path repository, Monitoring monitoring) {
        this.repository = repository;
        this.monitoring = monitoring;
    }

    /** What is wrong, one line each; empty when every query parses and every exercised panel has data. */
    List<String> check() throws IOException, InterruptedException {
        Set<String> exported = new HashSet<>(monitoring.metricNames());
        List<String> problems = new ArrayList<>();
        try (DirectoryStream<Path> dashboards =
                Files.newDirectoryStream(repository.resolve("grafana/dashboards"), "*.json")) {
            for (Path dashboard : dashboards) {
                checkDashboard(dashboard, exported, problems);
            }
        }
        for (String expression : ruleExpressions()) {
            try {
                monitoring.query(expression);
            } catch (IllegalArgumentException e) {
                problems.add("prometheus/alerts.yml: " + e.getMessage());
            }
        }
        return problems;
    }

    private void checkDashboard(Path dashboard, Set<String> exported, List<String> problems)
            throws IOException, InterruptedException {
        for (JsonNode panel : panels(json.readTree(dashboard.toFile()))) {
            for (JsonNode target : panel.path("targets")) {
                String expression = target.path("expr").asString("");
                if (expression.isBlank()) {
                    continue;
                }
                String query = expression
                        .replace("$__rate_interval", "5m")
                        .replace("$__interval", "1m")
                        .replace("$strategy", ".*");
                String where =
                        dashboard.getFileName() + " / " + panel.path("title").asString() + ": ";
                try {
                    JsonNode result = monitoring.query(query);
                    if (result.isEmpty() && exercised(query, exported)) {
                        problems.add(where + "no data for " + query);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
            }
        }
    }

    /**
     * Whether what the query reads exists: every metric it names is exported, and each selector with label matchers
     * ({@code http_server_requests_seconds_count{outcome="SERVER_ERROR"}}) has series. A panel of server errors when
     * there were none is rightly empty.
     */
    private boolean exercised(String query, Set<String> exported) throws IOException, InterruptedException {
        if (!exported.containsAll(metricNames(query))) {
            return false;
        }
        Matcher selector = SELECTOR.matcher(query);
        while (selector.find()) {
            if (monitoring.query(selector.group()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        collect(dashboard.path("panels"), all);
        return all;
    }

    private static void collect(JsonNode panels, List<JsonNode> all) {
        for (JsonNode panel : panels) {
            all.add(panel);
            collect(panel.path("panels"), all);
        }
    }

    static Set<String> metricNames(String expression) {
        String bare = expression
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("(by|without|on|ignoring)\\s*\\([^)]*\\)", "")
                .replaceAll("\"[^\"]*\"", "");
        Set<String> names = new HashSet<>();
        Matcher matcher = NAME.matcher(bare);
        while (matcher.find()) {
            if (!PROMQL_WORDS.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private List<String> ruleExpressions() throws IOException {
        try (Reader reader = Files.newBufferedReader(repository.resolve("prometheus/alerts.yml"))) {
            Map<String, Object> rules = new Yaml().load(reader);
            List<String> expressions = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    expressions.add(String.valueOf(rule.get("expr")));
                }
            }
            return expressions;
        }
    }
}
