"""Pages driven with Flask's test client on one generated database, and the floor beside them.

For one manifest (:mod:`bench.pages` says which pages), :func:`measure_manifest` builds the
real app on the manifest's database through its normal configuration (``DATABASE_URL``),
signs each user in through the sign-in page, and requests each page ``warmup`` times and
then ``requests`` times: wall time per request (the response body read) and the SQL
statements it sent (``before_cursor_execute`` on the app's engine; SQLite's ``BEGIN`` is
not a query and is left out, as in the project's other statement counts). Every HTML page is
then matched by the floor (:mod:`bench.floor`) padded to its byte size.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event

from bench import floor, pages
from bench.pages import HTML, Page

#: Configuration every bench app shares: the real app, outside production (a leader signs
#: in without a second factor), with fixed keys so that runs compare.
BENCH_SECRET_KEY = "bench-secret-key-not-for-production-0123456789"
BENCH_AUDIT_KEY = "bench-audit-key-not-for-production-0123456789"


class BenchError(RuntimeError):
    """A page did not answer as a user would expect: its figures would mean nothing."""


@dataclass
class Sample:
    """The timed requests of one page (or of the floor at its size)."""

    times_ms: list[float]
    statements: list[int]
    sizes: list[int]

    @property
    def p50(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        return percentile(self.times_ms, 95)


def percentile(values: list[float], pct: int) -> float:
    """The ``pct``-th percentile, interpolated between the nearest values."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def app_config(url: str, instance: str) -> dict[str, Any]:
    """The bench app's configuration, as ``create_app(config)`` takes it."""
    return {"INSTANCE_PATH": instance, **_settings(url)}


def app_environment(url: str, instance: str) -> dict[str, str]:
    """The same configuration as environment variables, for a server process."""
    return {"BTI_INSTANCE_PATH": instance, **_settings(url)}


def _settings(url: str) -> dict[str, str]:
    return {
        "BTI_ENV": "development",
        "DATABASE_URL": url,
        "BTI_SECRET_KEY": BENCH_SECRET_KEY,
        "BTI_AUDIT_KEY": BENCH_AUDIT_KEY,
    }


class StatementCounter:
    """Counts the SQL statements an engine sends, BEGIN left out."""

    def __init__(self, engine):
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            self.count += 1


def sign_in(client, username: str, password: str) -> None:
    """Sign in through the sign-in page as a user would; one municipality is then chosen."""
    token = pages.csrf_token(client.get("/logg-inn").get_data(as_text=True))
    response = client.post(
        "/logg-inn", data={"username": username, "password": password, "csrf_token": token}
    )
    if response.status_code != 302:
        raise BenchError(f"{username} could not sign in (status {response.status_code})")
    client.get("/velg-kommune")


def timed(request: Callable[[], Any], counter: StatementCounter | None, runs: int) -> Sample:
    sample = Sample([], [], [])
    for _ in range(runs):
        before = counter.count if counter else 0
        start = time.perf_counter()
        response = request()
        body = response.get_data()
        sample.times_ms.append((time.perf_counter() - start) * 1000)
        sample.statements.append(counter.count - before if counter else 0)
        sample.sizes.append(len(body))
        response.close()
    return sample


def measure_manifest(
    manifest: dict[str, Any], *, requests: int, warmup: int, log: Callable[[str], None] = print
) -> tuple[list[dict[str, Any]], list[pages.Absent]]:
    """One row per page on the manifest's database (see the module docstring), and the
    pages the application or the data cannot give."""
    from bti import create_app

    with tempfile.TemporaryDirectory(prefix="bench-instance-") as instance:
        app = create_app(app_config(manifest["url"], instance))
        counter = StatementCounter(app.extensions["bti_db"].engine)
        bare = floor.create_floor_app(manifest["url"], manifest["case_50"]["case_id"])
        try:
            clients = _Clients(app, manifest["password"])
            search = _child_search(clients, manifest)
            rows = []
            for page in pages.pages(manifest, search=search):
                rows.append(_measure(page, clients, counter, bare, manifest, requests, warmup))
                log(_line(rows[-1]))
            return rows, pages.absent(manifest, search=search)
        finally:
            floor.dispose(bare)
            app.extensions["bti_db"].dispose()


class _Clients:
    """One signed-in test client per user."""

    def __init__(self, app, password: str):
        self.app = app
        self.password = password
        self._clients: dict[str, Any] = {}

    def __getitem__(self, username: str):
        if username not in self._clients:
            client = self.app.test_client()
            sign_in(client, username, self.password)
            self._clients[username] = client
        return self._clients[username]


def _child_search(clients: _Clients, manifest: dict[str, Any]) -> pages.Search | None:
    """The search for a child on the new-concern form, if the form has one."""
    path = f"/{manifest['municipality']}/ny-bekymring/skjema"
    html = clients[manifest["busy_user"]["username"]].get(path).get_data(as_text=True)
    return pages.find_search(html, path)


def _measure(page: Page, clients, counter, bare, manifest, requests: int, warmup: int) -> dict:
    client = clients[page.username]
    if page.csrf_from:
        token = pages.csrf_token(client.get(page.csrf_from).get_data(as_text=True))
        data = {**page.form, "csrf_token": token}

        def request():
            return client.post(page.path, data=data)
    else:

        def request():
            return client.get(page.path)

    first = request()
    data_set = f"{manifest['backend']}-{manifest['size']}"
    where = f"{page.method} {page.path} as {page.username} on {data_set}"
    if first.status_code != page.expected_status:
        raise BenchError(f"{where} answered {first.status_code}, not {page.expected_status}")
    if page.expect_text and page.expect_text not in first.get_data(as_text=True):
        raise BenchError(f"{where}: «{page.expect_text}» is not on the page")
    timed(request, None, max(warmup - 1, 0))
    sample = timed(request, counter, requests)
    row = {
        "page": page.key,
        "label": page.label,
        "kind": page.kind,
        "path": page.path,
        "backend": manifest["backend"],
        "size": manifest["size"],
        "requests": requests,
        "p50_ms": round(sample.p50, 2),
        "p95_ms": round(sample.p95, 2),
        "queries": int(statistics.median(sample.statements)),
        "queries_max": max(sample.statements),
        "bytes": int(statistics.median(sample.sizes)),
        "floor_p50_ms": None,
        "floor_p95_ms": None,
        "ratio_p50": None,
        "ratio_p95": None,
    }
    if page.kind == HTML:
        _add_floor(row, bare, requests, warmup)
    return row


def _add_floor(row: dict, bare, requests: int, warmup: int) -> None:
    client = bare.test_client()
    path = f"/floor?bytes={row['bytes']}"
    timed(lambda: client.get(path), None, warmup)
    sample = timed(lambda: client.get(path), None, requests)
    row["floor_p50_ms"] = round(sample.p50, 2)
    row["floor_p95_ms"] = round(sample.p95, 2)
    row["ratio_p50"] = round(row["p50_ms"] / sample.p50, 2)
    row["ratio_p95"] = round(row["p95_ms"] / sample.p95, 2)


def _line(row: dict) -> str:
    ratio = f"  ×floor {row['ratio_p95']:.1f}" if row["ratio_p95"] is not None else ""
    return (
        f"  {row['backend']:>10} {row['size']:>8} {row['page']:<18} p50 {row['p50_ms']:7.1f} ms"
        f"  p95 {row['p95_ms']:7.1f} ms  {row['queries']:>3} SQL  {row['bytes']:>7} B{ratio}"
    )
