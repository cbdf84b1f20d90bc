"""PDF render times on the demo data, through the app (Flask's test client).

    .venv/bin/python benchmarks/pdf_times.py PATH/TO/demo/bti.sqlite3 [--runs 5]

Uses a copy of a demo database (``tests.security.routes.demo_database`` makes one), signs
in as Vestby's coordinator and asks the richest case's printouts as PDF: the blank and a
registered consent, an invitation, minutes and the action plan. After one warm-up request
each (WeasyPrint imported, fonts and stylesheets loaded), prints the median and slowest
wall time and the median CPU time of the process per request, in milliseconds: on a busy
machine the CPU time is the steadier figure. It reports, it does not judge.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlmodel import select

sys.path.insert(0, str(Path(__file__).parent))
from render_times import richest_case, sign_in

from bti import create_app
from bti.models import Meeting, StaffUser


def measure(client, path: str, runs: int) -> tuple[int, list[float], list[float]]:
    wall, cpu, status = [], [], 0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        response.get_data()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        status = response.status_code
    return status, wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--municipality", default="vestby")
    parser.add_argument("--account", default="koordinator")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(args.database, Path(tmp) / "bti.sqlite3")
        app = create_app(
            {
                "BTI_ENV": "test",
                "INSTANCE_PATH": tmp,
                "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bti.sqlite3'}",
            }
        )
        slug, username = args.municipality, f"{args.municipality}.{args.account}"
        db = app.extensions["bti_db"]
        with db.unscoped() as session:
            user_id = session.exec(select(StaffUser.id).where(StaffUser.username == username)).one()
        case_id, meeting_id, consent_id = richest_case(app, slug, user_id)
        with db.scoped(db.municipality_ids()[slug]) as session:
            held = session.exec(
                select(Meeting.id).where(Meeting.case_id == case_id, Meeting.held_at.is_not(None))
            ).first()
        client = app.test_client()
        sign_in(client, username)
        base = f"/{slug}/sak/{case_id}/utskrift"
        pages = [("Samtykke, blankt", f"{base}/samtykke.pdf")]
        if consent_id:
            pages.append(("Samtykke, registrert", f"{base}/samtykke/{consent_id}.pdf"))
        if meeting_id:
            pages.append(("Invitasjon", f"{base}/invitasjon/{meeting_id}.pdf"))
        if held:
            pages.append(("Referat", f"{base}/referat/{held}.pdf"))
        pages.append(("Handlingsplan", f"{base}/handlingsplan.pdf"))
        print(f"{args.runs} requests per PDF after one warm-up, {username}, SQLite, demo data\n")
        print(f"{'PDF':24} {'status':>6} {'median ms':>10} {'max ms':>8} {'cpu ms':>8}")
        for name, path in pages:
            measure(client, path, 1)
            status, wall, cpu = measure(client, path, args.runs)
            print(
                f"{name:24} {status:>6} {statistics.median(wall):>10.1f} {max(wall):>8.1f}"
                f" {statistics.median(cpu):>8.1f}"
            )
            if status != 200:
                raise SystemExit(f"{path} answered {status}: the figures above mean nothing")
        db.dispose()


if __name__ == "__main__":
    main()
