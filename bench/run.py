"""The bench runner: every page on every generated database, the floor beside it, the load
test, start-up and memory, and the report.

    .venv/bin/python -m bench.run --name full --sizes 1000,10000,100000,1000000 --generate
    .venv/bin/python -m bench.run --name quick --sizes 1000,10000 --requests 10 --generate

For each backend and size it takes the manifest in ``--data`` (:mod:`bench.run_data`;
``--generate`` makes the missing and stale ones with :mod:`bench.generate`), measures the
pages with Flask's test client (:mod:`bench.run_pages`), then runs gunicorn under wrk on
SQLite at the largest size (:mod:`bench.load`) and times start-up. It writes
``bench/results/<name>.json``, ``.md`` and ``.png`` (:mod:`bench.report`). It asserts
nothing about the figures: a page that does not answer as a user expects stops the run.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import sqlite3
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import load, report, run_data, run_pages

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
DATA = ROOT / "bench" / "data"


def run(
    *,
    name: str,
    manifests: list[dict[str, Any]],
    requests: int = 30,
    warmup: int = 3,
    load_seconds: int = 30,
    connections: int = 32,
    startup_runs: int = 5,
    skipped: list[dict[str, Any]] | None = None,
    results: Path = RESULTS,
    log=lambda line: print(line, flush=True),
) -> dict[str, Any]:
    """Measure ``manifests`` and write the report; the result as written to the JSON."""
    started = time.monotonic()
    result: dict[str, Any] = {
        "name": name,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "settings": {
            "requests": requests,
            "warmup": warmup,
            "load_seconds": load_seconds,
            "connections": connections,
            "startup_runs": startup_runs,
        },
        "data": [],
        "pages": [],
        "absent": [],
        "skipped": list(skipped or []),
        "load": None,
        "startup": None,
    }
    for manifest in manifests:
        manifest = {**manifest, "write_case_id": run_data.write_case(manifest)}
        log(f"{manifest['backend']} with {manifest['size']:,} cases: the pages")
        rows, absent = run_pages.measure_manifest(
            manifest, requests=requests, warmup=warmup, log=log
        )
        result["pages"] += rows
        result["data"].append(_data_summary(manifest))
        for item in absent:
            if asdict(item) not in result["absent"]:
                result["absent"].append(asdict(item))
    on_sqlite = [m for m in manifests if m["backend"] == "sqlite"]
    if load_seconds and on_sqlite:
        target = max(on_sqlite, key=lambda m: m["size"])
        target = {**target, "write_case_id": run_data.write_case(target)}
        log(f"under load: gunicorn, {connections} connections, {load_seconds} s")
        result["load"] = load.load_test(target, connections=connections, seconds=load_seconds)
    if startup_runs:
        log(f"start-up: create_app() in {startup_runs} fresh interpreters")
        url = manifests[0]["url"] if manifests else "sqlite://"
        result["startup"] = load.startup(url, runs=startup_runs)
    result["seconds"] = round(time.monotonic() - started, 1)
    result["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    report.write(result, results / f"{name}.json")
    log(f"written: {results / name}.json, .md, .png ({result['seconds']:.0f} s)")
    return result


def _data_summary(manifest: dict[str, Any]) -> dict[str, Any]:
    keys = ("backend", "size", "generated_at", "seconds", "rows", "source")
    return {key: manifest[key] for key in keys if key in manifest}


def _machine() -> dict[str, Any]:
    return {
        "host": socket.gethostname(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="bench")
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--generate", action="store_true", help="make missing or stale data")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--load-seconds", type=int, default=30, help="0: no load test")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--startup-runs", type=int, default=5, help="0: no start-up timing")
    args = parser.parse_args(argv)
    # The app logs one line per request: the bench would print every request it measures
    # (thousands). It reports its own figures; a BTI_LOG_LEVEL given by the caller wins.
    os.environ.setdefault("BTI_LOG_LEVEL", "WARNING")
    manifests, skipped = [], []
    for backend in args.backends.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            manifest, reason = run_data.manifest_for(
                backend, size, args.data, generate=args.generate
            )
            if manifest is None:
                print(f"{backend} {size:,}: skipped, {reason}", flush=True)
                skipped.append({"backend": backend, "size": size, "reason": reason})
            else:
                manifests.append(manifest)
    run(
        name=args.name,
        manifests=manifests,
        requests=args.requests,
        warmup=args.warmup,
        load_seconds=args.load_seconds,
        connections=args.connections,
        startup_runs=args.startup_runs,
        skipped=skipped,
        results=args.results,
    )


if __name__ == "__main__":
    main()
