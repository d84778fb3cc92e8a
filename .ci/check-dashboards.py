"""Checks every Grafana dashboard parses and that every metric its queries use is really exported by a service.

Reads the scrapes .ci/smoke-jars saved in target/smoke/*.prom. `up` is Prometheus' own and needs no exporter.
"""
import glob
import json
import re
import sys

PROMQL_WORDS = {
    "sum", "avg", "min", "max", "count", "rate", "irate", "increase", "by", "without", "on", "ignoring",
    "histogram_quantile", "le", "and", "or", "unless", "offset", "bool", "topk", "bottomk", "abs", "clamp_min",
    "clamp_max", "delta", "deriv", "time", "vector", "scalar", "label_replace", "sort", "sort_desc", "up",
}


def metric_names(expr):
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # range selectors
    expr = re.sub(r"(by|without|on|ignoring)\s*\([^)]*\)", "", expr)  # grouping labels
    expr = re.sub(r'"[^"]*"', "", expr)
    names = set(re.findall(r"[a-zA-Z_:][a-zA-Z0-9_:]*", expr))
    return {name for name in names if name not in PROMQL_WORDS and not re.fullmatch(r"\d.*", name)}


def exported():
    names = set()
    files = glob.glob("target/smoke/*.prom")
    if not files:
        sys.exit("no scrapes in target/smoke: run .ci/smoke-jars first")
    for path in files:
        with open(path, encoding="utf-8") as scrape:
            for line in scrape:
                if line and not line.startswith("#"):
                    names.add(re.split(r"[{ ]", line, maxsplit=1)[0])
    return names


def panels(dashboard):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panels(panel)


def main():
    available = exported()
    failures = []
    for path in sorted(glob.glob("grafana/**/*.json", recursive=True)):
        with open(path, encoding="utf-8") as file:
            dashboard = json.load(file)
        used = set()
        for panel in panels(dashboard):
            for target in panel.get("targets", []):
                used |= metric_names(target.get("expr", ""))
        missing = sorted(used - available)
        if missing:
            failures.append(f"{path}: metrics no service exports: {', '.join(missing)}")
        print(f"{path}: valid JSON, {len(used)} metrics, all exported" if not missing else failures[-1])
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
