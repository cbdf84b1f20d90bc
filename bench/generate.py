"""Generate a bench database of N synthetic cases, and its manifest.

    .venv/bin/python -m bench.generate --backend sqlite|postgresql --size N [--out bench/data]
    .venv/bin/python -m bench.generate --quick    # 1,000 and 10,000 cases, both backends
    .venv/bin/python -m bench.generate --all      # 1,000 … 1,000,000 cases, both backends

The schema is the project's (its migrations and municipality sync); the rows are bulk-loaded
with the secondary indexes dropped and recreated afterwards (:mod:`bench.schema`), made by
:mod:`bench.synthetic` and :mod:`bench.synthetic_cases` from ``random.Random(size)``. The
manifest ``<out>/<backend>-<size>.json`` names the database, the row counts, the shared
password and the users the page runner signs in as (see bench/README.md, «Generating data»).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import schema
from bench.synthetic import (
    COLUMNS,
    FAMILY,
    Draw,
    Ids,
    Moments,
    Organisation,
    build_organisation,
    seat_teams,
)
from bench.synthetic_cases import CaseMaker
from bti.passwords import require_new_password

SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK = (1_000, 10_000)
BACKENDS = ("sqlite", "postgresql")
#: The municipality the pages are measured in gets most cases; the others share the rest.
MEASURED = "vestby"
SHARES = {"vestby": 0.7, "baerum": 0.1, "tromso": 0.1, "jevnaker": 0.1}
#: Every generated staff user's password (hashed once, the hash shared).
PASSWORD = "benk-stafett-2026"  # nosec B105 # synthetic bench data only
DEFAULT_OUT = Path(__file__).parent / "data"


class Generator:
    """One bench database: its writer, the seeded random source, ids and timestamps."""

    def __init__(self, backend: str, size: int, out: Path, password_hash: str, prefix: str):
        self.backend, self.size, self.out = backend, size, out
        self.rng = Draw(size)
        self.at = Moments(backend)
        self.created = self.at.ts(self.at.now - 4 * 365 * 86400)
        self.password_hash = password_hash
        self.family_names = FAMILY
        self.chains: dict = {}
        self.url = schema.database_url(backend, size, out, prefix)

    def write(self, table, rows):
        self.writer.write(table, COLUMNS[table], rows)

    def execute(self, sql, params=()):
        self.writer.execute(sql, params)

    def commit(self):
        self.writer.commit()

    def run(self) -> dict:
        started = time.perf_counter()
        app = schema.create(self.backend, self.url, self.out / "instance")
        registry = {m.slug: m for m in app.extensions["bti"]}
        municipality_ids = app.extensions["bti_db"].municipality_ids()
        app.extensions["bti_db"].dispose()  # the load wants the file to itself
        self.writer = schema.Writer(self.backend, self.url).open()
        self.ids = Ids(self._last_ids())
        teams = self._teams()
        manifest = {"backend": self.backend, "size": self.size, "url": self.url}
        named: dict = {}
        for slug in sorted(SHARES, key=lambda s: s != MEASURED):
            cases = self._share(slug)
            org = build_organisation(self, slug, municipality_ids[slug], cases)
            rules = _rules(registry[slug])
            if slug == "baerum":
                seats = {t.code: t.seats for t in registry[slug].teams}
                seat_teams(self, org, teams, seats)
                rules["teams"] = teams
            result = CaseMaker(self, org, cases=cases, measured=slug == MEASURED, rules=rules).run()
            named[slug] = (org, result)
        self._chain_heads()
        seconds = self.writer.finish()
        manifest.update(
            generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
            seconds=round(time.perf_counter() - started, 1),
            phases={k: round(v, 1) for k, v in seconds.items()},
            rows=dict(sorted(self.writer.counts.items())),
            municipality=MEASURED,
            password=PASSWORD,
            **_named(named),
        )
        path = self.out / f"{self.backend}-{self.size}.json"
        path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        return manifest

    def _share(self, slug: str) -> int:
        others = sum(round(self.size * SHARES[s]) for s in SHARES if s != MEASURED)
        return self.size - others if slug == MEASURED else round(self.size * SHARES[slug])

    def _last_ids(self) -> dict[str, int]:
        """The highest id of each table the migration and sync already wrote to."""
        out = {}
        for table in ("unit", "staffuser", "membership", "team", "teammember", "auditevent"):
            row = self.writer.conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()
            out[table] = row[0] or 0
        return out

    def _teams(self) -> list[tuple[int, str, int, int]]:
        return list(
            self.writer.conn.execute(
                "SELECT id, code, min_age, max_age FROM team ORDER BY id"
            ).fetchall()
        )

    def _chain_heads(self) -> None:
        """Each municipality's chain head where its last event is, as appending would."""
        heads = [
            (mid, chain.last_id, chain.last_hash, chain.count)
            for mid, chain in sorted(self.chains.items())
            if chain.count
        ]
        self.writer.execute("DELETE FROM auditchainhead")
        self.write("auditchainhead", heads)


def _rules(municipality) -> dict:
    """What the guide of a municipality lets a generated row name: its meeting kinds and
    the codes of its deadlines (the core's «follow_up» where the guide has none)."""
    deadlines = [rule.code for level in municipality.levels for rule in level.deadlines]
    return {
        "meeting_kinds": [kind.code for kind in municipality.meeting_kinds],
        "deadlines": deadlines or ["follow_up"],
        "teams": [],
    }


def _named(named: dict) -> dict:
    """The manifest's named users, from the organisations and what the cases made."""
    org: Organisation
    org, result = named[MEASURED]
    busy = org.named["busy"]
    leader = org.leaders[org.big_unit]
    baerum, baerum_result = named["baerum"]
    queue = baerum_result.queue
    team_id = max(queue, key=queue.get) if queue else None
    return {
        "busy_user": {"username": busy.username, "cases": len(result.busy_cases)},
        "leader": {"username": leader.username, "unit_cases": result.unit_cases},
        "case_50": result.case_50,
        "coordinator": {
            "slug": "baerum",
            "username": baerum.named["coordinator"].username,
            "team_id": team_id,
            "queue": queue.get(team_id, 0) if team_id else 0,
        },
        "child_name": result.child_name,
    }


def generate(backend: str, size: int, out: Path = DEFAULT_OUT, prefix: str = schema.PREFIX) -> dict:
    """Generate the database of ``size`` cases on ``backend``; its manifest (also written
    to ``out``)."""
    out.mkdir(parents=True, exist_ok=True)
    password_hash = require_new_password(PASSWORD)
    return Generator(backend, size, out.resolve(), password_hash, prefix).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--backend", choices=BACKENDS)
    parser.add_argument("--size", type=int)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--pg-prefix",
        default=schema.PREFIX,
        help="PostgreSQL databases are named PREFIX_<size> (default %(default)s)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--all", action="store_true", help="every size, both backends")
    group.add_argument("--quick", action="store_true", help="1,000 and 10,000, both backends")
    args = parser.parse_args(argv)
    if args.all or args.quick:
        runs = [(b, s) for s in (SIZES if args.all else QUICK) for b in BACKENDS]
    elif args.backend and args.size:
        runs = [(args.backend, args.size)]
    else:
        parser.error("give --backend and --size, or --quick, or --all")
    for backend, size in runs:
        manifest = generate(backend, size, args.out, args.pg_prefix)
        total = sum(manifest["rows"].values())
        print(f"{backend} {size}: {total:,} rows in {manifest['seconds']} s -> {manifest['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
