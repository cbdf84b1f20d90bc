"""The cost the municipality scope adds to one ORM query, on a demo SQLite file.

    .venv/bin/python benchmarks/query_overhead.py PATH/TO/bti.sqlite3 [--runs 1000]

Times ``--runs`` primary-key selects of a case through a scoped session (the criteria for
every case table added by :mod:`bti.db`) against the same statements through a plain
SQLModel session on the same engine (no scope), and ``session.get`` of a case with the
identity map emptied between calls. Prints microseconds per query (best of five rounds).
Nothing here is a test: it reports figures, it does not judge them.
"""

from __future__ import annotations

import argparse
import time

from sqlmodel import Session, select

from bti.db import Database
from bti.models import Case, StafettloggEntry


def per_query(session, statements, runs: int) -> float:
    best = float("inf")
    for _round in range(5):
        start = time.perf_counter()
        for index in range(runs):
            session.exec(statements[index % len(statements)]).first()
        best = min(best, time.perf_counter() - start)
        session.expunge_all()
    return best / runs * 1e6


def per_get(session, ids, runs: int) -> float:
    best = float("inf")
    for _round in range(5):
        start = time.perf_counter()
        for index in range(runs):
            session.get(Case, ids[index % len(ids)])
            session.expunge_all()
        best = min(best, time.perf_counter() - start)
    return best / runs * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args()
    db = Database(f"sqlite:///{args.path}")
    with Session(db.engine) as plain:
        rows = plain.exec(select(Case.id, Case.municipality_id)).all()
    mid = rows[0][1]
    ids = [case_id for case_id, m in rows if m == mid]
    cases = [select(Case).where(Case.id == case_id) for case_id in ids]
    entries = [
        select(StafettloggEntry).where(StafettloggEntry.case_id == case_id).limit(1)
        for case_id in ids
    ]
    with db.scoped(mid) as scoped, Session(db.engine) as plain:
        for name, statements in (("select case by id", cases), ("first entry of a case", entries)):
            s = per_query(scoped, statements, args.runs)
            u = per_query(plain, statements, args.runs)
            print(f"{name:24} scoped {s:7.0f} µs   unscoped {u:7.0f} µs   ratio {s / u:.2f}")
        s = per_get(scoped, ids, args.runs)
        u = per_get(plain, ids, args.runs)
        name = "session.get(Case)"
        print(f"{name:24} scoped {s:7.0f} µs   unscoped {u:7.0f} µs   ratio {s / u:.2f}")
    db.dispose()


if __name__ == "__main__":
    main()
