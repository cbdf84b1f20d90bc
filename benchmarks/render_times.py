"""Page render times on the demo data, measured with Flask's test client.

    .venv/bin/python benchmarks/render_times.py [--runs 20] [--municipality vestby]

Loads the demo data of every municipality into a fresh SQLite file (as ``make demo`` does),
signs in as a demo account that takes part in many cases, and requests each page ``--runs``
times. Prints the median and the slowest time per page, in milliseconds. The richest case
the account can see (most stafettlogg entries, meetings and consents) stands for the case
page. Nothing here is a test: it reports figures, it does not judge them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import select

from bti import create_app
from bti.demo import DEMO_PASSWORD, load_demo_data
from bti.migrate import upgrade_database
from bti.models import (
    Case,
    CaseParticipant,
    Consent,
    Meeting,
    StafettloggEntry,
    StaffUser,
)


def richest_case(app, slug: str, user_id: int) -> tuple[str, int | None, int | None]:
    """The case with the most entries, meetings and consents among those the user takes
    part in, with one of its meetings and consents (for the printable documents)."""
    db = app.extensions["bti_db"]
    mid = db.municipality_ids()[slug]
    with db.scoped(mid) as session:
        cases = session.exec(
            select(Case.id).where(
                sa.or_(
                    Case.stafettholder_id == user_id,
                    Case.id.in_(
                        select(CaseParticipant.case_id).where(CaseParticipant.user_id == user_id)
                    ),
                )
            )
        ).all()

        def weight(case_id: str) -> int:
            return sum(
                session.exec(
                    select(sa.func.count()).select_from(model).where(model.case_id == case_id)
                ).one()
                for model in (StafettloggEntry, Meeting, Consent)
            )

        best = max(cases, key=weight)
        meeting = session.exec(select(Meeting.id).where(Meeting.case_id == best)).first()
        consent = session.exec(select(Consent.id).where(Consent.case_id == best)).first()
    return best, meeting, consent


def sign_in(client, username: str) -> None:
    page = client.get("/logg-inn").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = client.post(
        "/logg-inn", data={"username": username, "password": DEMO_PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302, "sign-in failed"
    client.get("/velg-kommune")  # one municipality: chosen for the user


def measure(client, path: str, runs: int) -> tuple[int, list[float]]:
    times = []
    status = 0
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        response.get_data()
        times.append((time.perf_counter() - start) * 1000)
        status = response.status_code
    return status, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--municipality", default="vestby")
    parser.add_argument("--account", default="koordinator")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "BTI_ENV": "development",
                "INSTANCE_PATH": tmp,
                "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bti.sqlite3'}",
            }
        )
        with app.app_context():
            upgrade_database(app)
            load_demo_data(app)
        slug = args.municipality
        username = f"{slug}.{args.account}"
        with app.extensions["bti_db"].unscoped() as session:
            user_id = session.exec(select(StaffUser.id).where(StaffUser.username == username)).one()
        case_id, meeting_id, consent_id = richest_case(app, slug, user_id)

        client = app.test_client()
        sign_in(client, username)
        pages = [
            ("Mine saker", f"/{slug}/saker"),
            ("Saken (rikeste sak)", f"/{slug}/sak/{case_id}"),
            ("Ny bekymring", f"/{slug}/ny-bekymring"),
            ("Ny bekymring, skjema", f"/{slug}/ny-bekymring/skjema"),
            ("Veilederen", f"/{slug}/veileder"),
            ("Samtykkeskjema, blankt (HTML)", f"/{slug}/sak/{case_id}/utskrift/samtykke"),
            ("Samtykkeskjema, blankt (PDF)", f"/{slug}/sak/{case_id}/utskrift/samtykke.pdf"),
            ("Handlingsplan (PDF)", f"/{slug}/sak/{case_id}/utskrift/handlingsplan.pdf"),
        ]
        if meeting_id:
            pages.append(
                ("Invitasjon (HTML)", f"/{slug}/sak/{case_id}/utskrift/invitasjon/{meeting_id}")
            )
        if consent_id:
            pages.append(
                ("Samtykke (PDF)", f"/{slug}/sak/{case_id}/utskrift/samtykke/{consent_id}.pdf")
            )
        print(f"{args.runs} requests per page, {username}, SQLite, demo data\n")
        print(f"{'page':34} {'status':>6} {'median ms':>10} {'max ms':>8}")
        for name, path in pages:
            measure(client, path, 1)  # warm-up: templates compiled, caches filled
            status, times = measure(client, path, args.runs)
            print(f"{name:34} {status:>6} {statistics.median(times):>10.1f} {max(times):>8.1f}")
            if status != 200:
                raise SystemExit(f"{path} answered {status}: the figures above mean nothing")
        app.extensions["bti_db"].dispose()


if __name__ == "__main__":
    main()
