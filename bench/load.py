"""The platform under gunicorn with two workers, loaded by wrk from other processes; start-up
time and a worker's memory.

:func:`load_test` starts ``gunicorn --preload --workers 2 'bti:create_app()'`` on one
database (:class:`tests.support.gunicorn.Gunicorn`), signs each user in over HTTP, and takes
the session cookies and a CSRF token beforehand. It then measures a single client writing
stafettlogg entries (wrk, one connection), and then the load: one wrk per kind of request
(``bench/load.lua``), all at once, the connections split between them (a quarter write,
the rest read the HTML pages). wrk reports each kind's latency from the client's side
(queueing included), its throughput and the answers that were neither 2xx nor 3xx;
gunicorn's access log gives each kind's time inside the worker (queueing left out). The
server's log is searched for «database is locked» and tracebacks, the entries written are
counted in the database, and each worker's RSS is read from ``/proc`` after the load.

:func:`startup` times ``create_app()`` with the four plugins in fresh interpreters.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench import pages
from bench.pages import HTML, POST
from bench.run_pages import app_environment, percentile

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("load.lua")
SOCKET_ERRORS = ("connect_errors", "read_errors", "write_errors", "timeouts")


class LoadError(RuntimeError):
    """The load test could not run (no wrk, the server did not start, a sign-in failed)."""


def load_test(
    manifest: dict[str, Any], *, connections: int = 32, seconds: int = 20, workers: int = 2
) -> dict[str, Any]:
    """The load figures on ``manifest``'s database (see the module docstring)."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise LoadError("wrk is not installed (make bench installs Debian's wrk)")
    from tests.support.gunicorn import Gunicorn

    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        log, access = Path(tmp) / "gunicorn.log", Path(tmp) / "access.log"
        environment = {
            **os.environ,
            **app_environment(manifest["url"], tmp),
            # gunicorn reads these too: the time each request took inside the worker.
            "GUNICORN_CMD_ARGS": f"--access-logfile {access} --access-logformat '{ACCESS}'",
        }
        written_before = entries_written(manifest["url"])
        server = Gunicorn(environment, log, workers=workers)
        try:
            server.start(timeout=120)
            base = f"http://127.0.0.1:{server.port}"
            kinds = _kinds(manifest, base)
            write = next(kind for kind in kinds if kind["kind"] == POST)
            single = _run_wrk(
                wrk, base, [{**write, "connections": 1}], seconds=max(seconds // 2, 3)
            )
            offset = access.stat().st_size
            started = time.monotonic()
            results = _run_wrk(wrk, base, _split(kinds, connections), seconds=seconds)
            elapsed = time.monotonic() - started
            rss = worker_rss(server.pid)
        finally:
            server.stop()
        _add_server_times(results, access.read_text(errors="replace")[offset:])
        text = log.read_text(errors="replace")
    return {
        "backend": manifest["backend"],
        "size": manifest["size"],
        "workers": workers,
        "connections": connections,
        "seconds": seconds,
        "requests": sum(r["requests"] for r in results),
        "throughput_rps": round(sum(r["requests"] for r in results) / elapsed, 1),
        "non_2xx_3xx": sum(r["non_2xx_3xx"] for r in results),
        "socket_errors": sum(r["socket_errors"] for r in results),
        "database_is_locked": text.count("database is locked"),
        "database_errors": _database_errors(text),
        "tracebacks": text.count("Traceback"),
        "entries_written": entries_written(manifest["url"]) - written_before,
        **_write_figures(single[0], next(r for r in results if r["kind"] == POST)),
        "kinds": results,
        "worker_rss_mb": rss,
    }


#: gunicorn's access log line: method, path, status, microseconds in the worker.
ACCESS = "%(m)s %(U)s %(s)s %(D)s"


def _add_server_times(results: list[dict], access_log: str) -> None:
    """Each kind's p50 and p95 inside the worker (queueing left out) and its answers by
    status, from the access log."""
    times: dict[tuple[str, str], list[float]] = {}
    statuses: dict[tuple[str, str], dict[str, int]] = {}
    for line in access_log.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].isdigit():
            times.setdefault((parts[0], parts[1]), []).append(int(parts[3]) / 1000)
            counts = statuses.setdefault((parts[0], parts[1]), {})
            counts[parts[2]] = counts.get(parts[2], 0) + 1
    for result in results:
        path = result["path"].split("?")[0]
        served = times.get((result["method"], path), [])
        result["server_requests"] = len(served)
        result["server_statuses"] = statuses.get((result["method"], path), {})
        result["server_p50_ms"] = round(percentile(served, 50), 1) if served else None
        result["server_p95_ms"] = round(percentile(served, 95), 1) if served else None


def _database_errors(log: str) -> dict[str, int]:
    """The database errors the app answered with 503, by class: it logs the class only
    (bti.web), and SQLite's «database is locked» is an ``OperationalError``."""
    found = re.findall(r"database error \w+: (\w+)", log)
    return {name: found.count(name) for name in sorted(set(found))}


def _write_figures(single: dict, loaded: dict) -> dict[str, Any]:
    single_p50 = single["p50_ms"] if single["requests"] else None
    write_p95 = loaded["p95_ms"] if loaded["requests"] else None
    ratio = round(write_p95 / single_p50, 2) if write_p95 and single_p50 else None
    return {
        "single_client_write_p50_ms": single_p50,
        "single_client_write_requests": single["requests"],
        "write_p95_ms": write_p95,
        "write_p95_vs_single_p50": ratio,
    }


def entries_written(url: str) -> int:
    """How many stafettlogg entries the bench has written in the database."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            query = sa.text("SELECT count(*) FROM stafettloggentry WHERE text = :text")
            return connection.execute(query, {"text": pages.ENTRY_TEXT}).scalar()
    finally:
        engine.dispose()


def _kinds(manifest: dict[str, Any], base: str) -> list[dict[str, Any]]:
    """Every HTML page and the write, each with its user's cookie (and a CSRF token)."""
    cookies: dict[str, tuple[str, Any]] = {}
    kinds = []
    for page in pages.pages(manifest):
        if page.kind not in (HTML, POST):
            continue
        if page.username not in cookies:
            cookies[page.username] = sign_in(base, page.username, manifest["password"])
        cookie, opener = cookies[page.username]
        body = ""
        if page.csrf_from:
            html = opener.open(base + page.csrf_from).read().decode()
            body = urllib.parse.urlencode({**page.form, "csrf_token": pages.csrf_token(html)})
        kinds.append(
            {"page": page.key, "kind": page.kind, "method": page.method, "path": page.path,
             "cookie": cookie, "body": body}
        )  # fmt: skip
    return kinds


def sign_in(base: str, username: str, password: str) -> tuple[str, Any]:
    """Sign in over HTTP; the Cookie header of the session, and an opener that holds it."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = pages.csrf_token(opener.open(f"{base}/logg-inn").read().decode())
    form = {"username": username, "password": password, "csrf_token": token}
    with opener.open(f"{base}/logg-inn", urllib.parse.urlencode(form).encode()) as response:
        if "/logg-inn" in response.url.rsplit("?", 1)[0].removeprefix(base):
            raise LoadError(f"{username} could not sign in over HTTP")
    opener.open(f"{base}/velg-kommune").read()
    return "; ".join(f"{c.name}={c.value}" for c in jar), opener


def _split(kinds: list[dict], connections: int) -> list[dict]:
    """A quarter of the connections write; the rest go round the reading kinds."""
    readers = [k for k in kinds if k["kind"] != POST]
    writers = [k for k in kinds if k["kind"] == POST]
    writing = max(1, connections // 4)
    counts = [0] * len(readers)
    for i in range(connections - writing):
        counts[i % len(readers)] += 1
    split = [{**k, "connections": n} for k, n in zip(readers, counts, strict=True) if n]
    # The writers connect first: the workers take connections in the order they came, and a
    # kind that queues behind all the others may see no answer in a short run.
    return [{**writers[0], "connections": writing}, *split]


def _run_wrk(wrk: str, base: str, kinds: list[dict], *, seconds: int) -> list[dict]:
    """One wrk per kind, all started together; each kind's figures."""
    runs = []
    for kind in kinds:
        command = [
            wrk, "-t1", f"-c{kind['connections']}", f"-d{seconds}s", "--timeout", "60s",
            "-s", str(LUA), base, "--", kind["method"], kind["path"], kind["cookie"], kind["body"],
        ]  # fmt: skip
        runs.append((kind, subprocess.Popen(command, stdout=subprocess.PIPE, text=True)))
    results = []
    for kind, process in runs:
        output, _ = process.communicate(timeout=seconds + 120)
        line = next((x for x in output.splitlines() if x.startswith("BENCH ")), None)
        if process.returncode or line is None:
            raise LoadError(f"wrk for {kind['page']} failed: {output[-2000:]}")
        figures = json.loads(line.removeprefix("BENCH "))
        results.append(
            {
                "page": kind["page"],
                "kind": kind["kind"],
                "method": kind["method"],
                "path": kind["path"],
                "connections": kind["connections"],
                "requests": figures["requests"],
                "throughput_rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
                "p50_ms": round(figures["p50_us"] / 1000, 1),
                "p95_ms": round(figures["p95_us"] / 1000, 1),
                "p99_ms": round(figures["p99_us"] / 1000, 1),
                "non_2xx_3xx": figures["non_2xx_3xx"],
                "socket_errors": sum(figures[k] for k in SOCKET_ERRORS),
            }
        )
    return results


def worker_rss(master: int | None) -> list[float]:
    """The resident memory (MB) of each of the master's worker processes."""
    if master is None:
        return []
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        sizes.append(round(kb / 1024, 1))
    return sizes


STARTUP = """
import json, time
started = time.perf_counter()
from bti import create_app
app = create_app()
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "municipalities": [m.slug for m in app.extensions["bti"]]}))
"""


def startup(url: str, *, runs: int = 5) -> dict[str, Any]:
    """``create_app()`` with every installed plugin, each time in a fresh interpreter: the
    median of ``runs`` (import and build; and the whole process, interpreter included)."""
    inside, whole, slugs = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        environment = {**os.environ, **app_environment(url, tmp)}
        for _ in range(runs):
            started = time.perf_counter()
            output = subprocess.run(
                [sys.executable, "-c", STARTUP],
                cwd=ROOT,
                env=environment,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            whole.append(time.perf_counter() - started)
            figures = json.loads(output.strip().splitlines()[-1])
            inside.append(figures["seconds"])
            slugs = figures["municipalities"]
    return {
        "runs": runs,
        "municipalities": slugs,
        "create_app_s": round(statistics.median(inside), 3),
        "process_s": round(statistics.median(whole), 3),
    }


def main() -> None:
    """``python -m bench.load <manifest> [--into results.json]``: the load test alone, its
    figures printed or put into an earlier run's report (written again)."""
    import argparse

    from bench import report, run_data

    parser = argparse.ArgumentParser(description=main.__doc__.splitlines()[0])
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--into", type=Path, help="a bench/results/<name>.json to update")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    manifest["write_case_id"] = run_data.write_case(manifest)
    figures = load_test(manifest, connections=args.connections, seconds=args.seconds)
    if args.into is None:
        print(json.dumps(figures, indent=2))
        return
    result = json.loads(args.into.read_text(encoding="utf-8"))
    result["load"] = figures
    result["settings"].update(load_seconds=args.seconds, connections=args.connections)
    report.write(result, args.into)


if __name__ == "__main__":
    main()
