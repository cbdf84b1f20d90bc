"""The bench's report: the targets of issue 18 checked, a Markdown table and a plot.

    .venv/bin/python -m bench.report bench/results/<name>.json

writes ``<name>.md`` and ``<name>.png`` beside the JSON that :mod:`bench.run` wrote (it
does so itself at the end of a run). The report judges nothing by failing: each target is
shown as met or not, with the figures behind it.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

#: The targets of issue 18 («Performance at national scale»).
GROWTH_LIMIT = 1.5  # p95 at the largest size ÷ p95 at the smallest, per page and backend
FLOOR_LIMIT = 5.0  # an HTML page's p95 ÷ the floor's p95 at the same size
CASE_PAGE_QUERIES = 20
WRITE_UNDER_LOAD = 5.0  # write p95 under load ÷ single-client write p50
STARTUP_S = 0.5
RSS_MB = 150
PDF_MS = 250

BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the figure that decides it and whether it is met."""
    rows = result["pages"]
    out: list[dict[str, Any]] = []
    for (backend, page), series in sorted(_series(rows).items()):
        if len(series) > 1:
            first, last = series[0], series[-1]
            growth = last["p95_ms"] / first["p95_ms"]
            out.append(
                _target(
                    f"{page}: p95 at {last['size']:,} ÷ at {first['size']:,} ({backend})",
                    f"≤ {GROWTH_LIMIT}",
                    round(growth, 2),
                    growth <= GROWTH_LIMIT,
                )
            )
    for row in rows:
        if row["ratio_p95"] is not None:
            out.append(
                _target(
                    f"{row['page']}: p95 ÷ floor p95 ({row['backend']}, {row['size']:,})",
                    f"≤ {FLOOR_LIMIT}",
                    row["ratio_p95"],
                    row["ratio_p95"] <= FLOOR_LIMIT,
                )
            )
        if row["page"] == "case_page":
            out.append(
                _target(
                    f"case page: SQL statements ({row['backend']}, {row['size']:,})",
                    f"≤ {CASE_PAGE_QUERIES}",
                    row["queries_max"],
                    row["queries_max"] <= CASE_PAGE_QUERIES,
                )
            )
        if row["kind"] == "pdf":
            out.append(
                _target(
                    f"PDF p50 ms ({row['backend']}, {row['size']:,})",
                    f"< {PDF_MS}",
                    row["p50_ms"],
                    row["p50_ms"] < PDF_MS,
                )
            )
    out.extend(_load_targets(result.get("load")))
    startup = result.get("startup")
    if startup:
        seconds = startup["create_app_s"]
        out.append(
            _target("start-up, four plugins (s)", f"< {STARTUP_S}", seconds, seconds < STARTUP_S)
        )
    return out


def _load_targets(load: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not load:
        return []
    where = f"{load['connections']} connections, {BACKEND_NAMES[load['backend']]} {load['size']:,}"
    errors = load["non_2xx_3xx"] + load["socket_errors"]
    ratio = load["write_p95_vs_single_p50"]
    rss = max(load["worker_rss_mb"] or [0])
    locked = load["database_is_locked"] + sum(load.get("database_errors", {}).values())
    return [
        _target(f"errors under load ({where})", "0", errors, errors == 0),
        _target(
            f"«database is locked» and other database errors (503) under load ({where})",
            "0",
            locked,
            locked == 0,
        ),
        _target(
            f"write p95 under load ÷ single-client write p50 ({where})",
            f"≤ {WRITE_UNDER_LOAD}",
            ratio,
            ratio is not None and ratio <= WRITE_UNDER_LOAD,
        ),
        _target("worker RSS after the load (MB)", f"< {RSS_MB}", rss, rss < RSS_MB),
    ]


def _target(what: str, limit: str, value: Any, met: bool) -> dict[str, Any]:
    return {"target": what, "limit": limit, "value": value, "met": bool(met)}


def _series(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:
    series: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        series[(row["backend"], row["page"])].append(row)
    for values in series.values():
        values.sort(key=lambda r: r["size"])
    return series


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------


def markdown(result: dict[str, Any]) -> str:
    settings = result["settings"]
    machine = result["machine"]
    lines = [
        f"# Bench «{result['name']}»",
        "",
        f"{result['started_at']} on {machine['host']} ({machine['cpus']} cores, Python "
        f"{machine['python']}, load average {_load_average(machine)}), "
        f"{result['seconds']:.0f} s. Flask's test client, {settings['requests']} requests "
        f"per page after {settings['warmup']} warm-up; times in milliseconds; «SQL» is the "
        "median number of statements per request; «× floor» compares with a bare Flask "
        "endpoint rendering a page of the same size from one indexed query "
        "(`bench/floor.py`).",
        "",
    ]
    smallest = {}
    for row in result["pages"]:
        key = (row["backend"], row["page"])
        smallest.setdefault(key, row)
        if row["size"] < smallest[key]["size"]:
            smallest[key] = row
    for backend in dict.fromkeys(r["backend"] for r in result["pages"]):
        lines += [f"## {BACKEND_NAMES.get(backend, backend)}", ""]
        lines += [
            "| page | cases | p50 | p95 | SQL | KB | floor p50 | floor p95 | × floor p50 "
            "| × floor p95 | p95 × smallest |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        rows = sorted(
            (r for r in result["pages"] if r["backend"] == backend),
            key=lambda r: (_order(result, r["page"]), r["size"]),
        )
        for r in rows:
            growth = r["p95_ms"] / smallest[(backend, r["page"])]["p95_ms"]
            lines.append(
                f"| {r['label']} | {r['size']:,} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} "
                f"| {r['queries']} | {r['bytes'] / 1024:.0f} | {_num(r['floor_p50_ms'])} "
                f"| {_num(r['floor_p95_ms'])} | {_num(r['ratio_p50'])} | {_num(r['ratio_p95'])} "
                f"| {growth:.2f} |"
            )
        lines.append("")
    lines += _absent_lines(result)
    lines += _load_lines(result.get("load"))
    startup = result.get("startup")
    if startup:
        lines += [
            "## Start-up",
            "",
            f"`create_app()` with {len(startup['municipalities'])} plugins "
            f"({', '.join(startup['municipalities'])}) in a fresh interpreter, median of "
            f"{startup['runs']}: {startup['create_app_s']:.3f} s (the whole process, "
            f"interpreter included: {startup['process_s']:.3f} s).",
            "",
        ]
    lines += ["## Targets", "", "| target | limit | value | met |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {t['target']} | {t['limit']} | {t['value']} | {'yes' if t['met'] else '**no**'} |"
        for t in result["targets"]
    ]
    return "\n".join(lines) + "\n"


def _absent_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    if result.get("absent"):
        lines += ["## Not measured", ""]
        lines += [f"- {a['label']}: {a['reason']}." for a in result["absent"]]
        lines.append("")
    if result.get("skipped"):
        lines += ["## Skipped data", ""]
        lines += [f"- {s['backend']} {s['size']:,}: {s['reason']}." for s in result["skipped"]]
        lines.append("")
    return lines


def _load_lines(load: dict[str, Any] | None) -> list[str]:
    if not load:
        return []
    lines = [
        "## Under load",
        "",
        f"gunicorn with {load['workers']} workers on {BACKEND_NAMES[load['backend']]} with "
        f"{load['size']:,} cases; wrk, {load['connections']} connections for "
        f"{load['seconds']} s, one wrk per kind of request. {load['requests']:,} requests, "
        f"{load['throughput_rps']} per second; {load['non_2xx_3xx']} answers neither 2xx nor "
        f"3xx, {load['socket_errors']} socket errors or timeouts; «database is locked» "
        f"{load['database_is_locked']} times, database errors answered with 503 "
        f"{_by_class(load.get('database_errors'))} and {load['tracebacks']} tracebacks in the "
        f"server's log. A single client writing: p50 {load['single_client_write_p50_ms']} ms; "
        f"under the load the write's p95 is {load['write_p95_ms']} ms "
        f"({load['write_p95_vs_single_p50']} ×); {load['entries_written']} entries written "
        f"in all. Workers' RSS after the load: "
        f"{', '.join(f'{mb} MB' for mb in load['worker_rss_mb'])}.",
        "",
        "Latency as the client sees it (waiting for a worker included), and inside the "
        "worker (gunicorn's access log):",
        "",
        "| kind | connections | requests | per second | p50 | p95 | p99 | non-2xx/3xx "
        "| in worker p50 | in worker p95 | statuses in worker |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    lines += [
        f"| {k['page']} | {k['connections']} | {k['requests']} | {k['throughput_rps']} "
        f"| {k['p50_ms']} | {k['p95_ms']} | {k['p99_ms']} | {k['non_2xx_3xx']} "
        f"| {_num(k.get('server_p50_ms'))} | {_num(k.get('server_p95_ms'))} "
        f"| {_by_class(k.get('server_statuses'))} |"
        for k in load["kinds"]
    ]
    return [*lines, ""]


def _by_class(counts: dict[str, int] | None) -> str:
    """``{"OperationalError": 2}`` as «2 × OperationalError»; «none» when empty."""
    if not counts:
        return "none"
    return ", ".join(f"{n} × {name}" for name, n in counts.items())


def _order(result: dict[str, Any], page: str) -> int:
    keys = list(dict.fromkeys(r["page"] for r in result["pages"]))
    return keys.index(page)


def _load_average(machine: dict[str, Any]) -> str:
    """The one-minute load average at the start and at the end of the run."""
    start = machine["load_average"][0]
    end = machine.get("load_average_end", [start])[0]
    return f"{start} at the start, {end} at the end"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


# ---------------------------------------------------------------------------------------------
# The plot
# ---------------------------------------------------------------------------------------------


def plot(result: dict[str, Any], path: Path) -> None:
    """p95 against the number of cases, one line per page, one panel per backend."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    backends = list(dict.fromkeys(r["backend"] for r in result["pages"]))
    figure, axes = pyplot.subplots(
        1, max(len(backends), 1), figsize=(6.5 * max(len(backends), 1), 4.8), squeeze=False
    )
    series = _series(result["pages"])
    for ax, backend in zip(axes[0], backends, strict=False):
        for (b, _page), rows in series.items():
            if b != backend:
                continue
            ax.plot(
                [r["size"] for r in rows],
                [r["p95_ms"] for r in rows],
                marker="o",
                label=rows[0]["label"],
            )
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(BACKEND_NAMES.get(backend, backend))
        ax.set_xlabel("cases in the database")
        ax.set_ylabel("p95 latency (ms)")
        ax.grid(True, which="both", alpha=0.3)
    handles, labels = axes[0][0].get_legend_handles_labels()
    columns = 2 * max(len(backends), 1)
    figure.legend(
        handles, labels, loc="lower center", ncol=columns, fontsize="small", frameon=False
    )
    figure.suptitle(f"Bench «{result['name']}»: p95 per page against data size")
    rows = -(-len(labels) // columns)
    figure.tight_layout(rect=(0, 0.02 + 0.045 * rows, 1, 1))
    figure.savefig(path, dpi=100)
    pyplot.close(figure)


def write(result: dict[str, Any], json_path: Path) -> None:
    """The JSON (targets filled in), and the Markdown and the PNG beside it."""
    result["targets"] = targets(result)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    json_path.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    plot(result, json_path.with_suffix(".png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", type=Path)
    path = parser.parse_args().json
    write(json.loads(path.read_text(encoding="utf-8")), path)


if __name__ == "__main__":
    main()
