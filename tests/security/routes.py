"""Every rule of the application's URL map, with real ids and someone who may use them.

The demo of all four municipalities is loaded once (:func:`demo_database`). For each rule
of ``app.url_map``, :func:`targets` fills its arguments from the demo's rows (a case with the
rows the rule names, the team that handles a referral, a family's evaluation token …) and
names who uses it: the case's stafettholder, the team's chair, a leader, a citizen of
Tromsø, or nobody for the public pages. ``tests/security`` checks what every rule answers:
the headers (``test_headers.py``) and that no form is taken without its token
(``test_csrf.py``).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from flask import Flask
from werkzeug.routing import Rule

from bti import create_app
from bti.demo import DEMO_PASSWORD, load_demo_data
from bti.migrate import upgrade_database
from bti.services import administration

ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")
#: Rows of these tables are what a case rule's id arguments name.
CASE_ROWS = {
    "meeting_id": "SELECT id FROM meeting WHERE case_id = :case AND held_at IS NOT NULL",
    "consent_id": "SELECT id FROM consent WHERE case_id = :case",
    "guardian_id": (
        'SELECT g.id FROM guardian g JOIN "case" c ON c.subject_id = g.subject_id '
        "WHERE c.id = :case"
    ),
    "item_id": "SELECT id FROM actionplanitem WHERE case_id = :case",
    "plan_id": "SELECT id FROM caseplan WHERE case_id = :case",
    "handover_id": "SELECT id FROM handover WHERE case_id = :case",
    "document_id": "SELECT id FROM casedocument WHERE case_id = :case",
    "copy_id": "SELECT id FROM archivecopy WHERE case_id = :case",
}
CITIZEN = "tromso.foresatt"
CENTRAL = "sentral.admin"
#: A password link no one issued (``/nytt-passord/<reset_token>``).
UNKNOWN_RESET_TOKEN = "ingen-slik-lenke-0000000000000000000000000"


@dataclass(frozen=True)
class Target:
    """One rule, as a request: its address and who signs in for it (``None``: nobody)."""

    rule: str
    path: str
    username: str | None

    @property
    def sign_in_page(self) -> str:
        if self.username == CITIZEN:
            return "/tromso/innsyn/logg-inn"
        return "/logg-inn"


def demo_database(directory: Path) -> Path:
    """A SQLite file with all four municipalities' demo, migrated and loaded."""
    path = directory / "bti.sqlite3"
    app = create_app(
        {"BTI_ENV": "test", "INSTANCE_PATH": str(directory), "DATABASE_URL": f"sqlite:///{path}"}
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    # The deployment-wide administrator of ``/admin`` (the demo has none).
    administration.create_user(
        app.extensions["bti_db"], username=CENTRAL, display_name="Sentral Administrator",
        central=True, password=DEMO_PASSWORD,
    )  # fmt: skip
    engine = app.extensions["bti_db"].engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def copy_database(source: Path, target: Path) -> None:
    """``target`` becomes a copy of ``source`` (checkpointed, so the file is all of it)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def sign_in(client, username: str, page: str = "/logg-inn") -> None:
    """Sign ``username`` in through ``page`` with the form's own token, and choose the
    municipality."""
    token = form_token(client, page)
    response = client.post(
        page,
        data={"username": username, "password": DEMO_PASSWORD, "csrf_token": token},
        follow_redirects=True,
    )
    assert response.status_code == 200, (username, response.status_code)


def citizen_case(client) -> str:
    """The first case on the list of :data:`CITIZEN` (signed in on ``client``)."""
    body = client.get("/tromso/innsyn/").get_data(as_text=True)
    return re.search(r'href="/tromso/innsyn/stafettlogg/([\w-]+)"', body).group(1)


def form_token(client, page: str) -> str:
    body = client.get(page).get_data(as_text=True)
    return re.search(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"', body).group(1)


def targets(app: Flask, method: str, *, citizen_case: str) -> list[Target]:
    """A :class:`Target` for every rule of ``app.url_map`` that takes ``method``;
    ``citizen_case`` is a case :data:`CITIZEN` reads."""
    engine = app.extensions["bti_db"].engine
    with engine.connect() as conn:
        rows = _Rows(conn, citizen_case)
        return [
            rows.target(rule)
            for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule)
            if method in rule.methods
        ]


class _Rows:
    """Reads the demo's rows that fill a rule's arguments."""

    def __init__(self, conn, citizen_case: str):
        self.conn = conn
        self.citizen_case = citizen_case
        self.slugs = dict(conn.execute(sa.text("SELECT id, slug FROM municipality")).all())

    def one(self, sql: str, **params):
        return self.conn.execute(sa.text(sql), params).first()

    def target(self, rule: Rule) -> Target:
        names = set(ARGUMENT.findall(rule.rule))
        values, username = self._values(rule, names)
        path = ARGUMENT.sub(lambda m: str(values[m.group(1)]), rule.rule)
        return Target(rule.rule, path, username)

    def _values(self, rule: Rule, names: set[str]) -> tuple[dict, str | None]:
        if rule.endpoint == "static":
            return {"filename": "bti.css"}, None
        if rule.endpoint.startswith("citizen."):
            return self._citizen(names), CITIZEN
        if "reset_token" in names:
            # A one-time password link: public; the demo has none, so an unknown one.
            return {"reset_token": UNKNOWN_RESET_TOKEN}, None
        if names & {"team_id", "referral_id", "token"}:
            values, username = self._team(names)
            if username and rule.endpoint in TEAM_ADMINISTRATION:
                username = f"{values['municipality']}.fagadmin"
            return values, username
        if rule.endpoint.startswith("administration."):
            return self._administration(names), "baerum.admin"
        if "notification_id" in names:
            return self._notification()
        if rule.endpoint.startswith("central."):
            return {"slug": "baerum"}, CENTRAL
        if "task_id" in names:
            task = self.one("SELECT id, municipality_id FROM leadertask LIMIT 1")
            slug = self.slugs[task.municipality_id]
            return {"municipality": slug, "task_id": task.id}, f"{slug}.leder"
        if "case_id" in names:
            return self._case(rule, names)
        slug = "baerum"
        username = {
            "teams.overview": f"{slug}.titkoordinator",
            "cases.unit": f"{slug}.leder",
            "access.review": f"{slug}.leder",
            "reports.protocols": f"{slug}.koordinator",
        }.get(rule.endpoint, f"{slug}.koordinator")
        if rule.endpoint in PUBLIC:
            username = None
        return {"municipality": slug}, username

    def _case(self, rule: Rule, names: set[str]) -> tuple[dict, str]:
        """The case with the most of the rows the rule names, and its stafettholder."""
        needed = [CASE_ROWS[name] for name in sorted(names) if name in CASE_ROWS]
        teams = "tit-handlingsplan" in rule.rule or "/team/" in rule.rule
        # A team's case: the one who referred it; any other: its stafettholder.
        who = (
            "JOIN teamreferral r ON r.case_id = c.id JOIN staffuser u ON u.id = r.referred_by_id "
            if teams
            else "JOIN staffuser u ON u.id = c.stafettholder_id WHERE NOT c.guardians_kept_out "
        )
        candidates = self.conn.execute(
            sa.text(
                f'SELECT c.id, c.municipality_id, u.username FROM "case" c {who}'
                "ORDER BY (SELECT count(*) FROM meeting m WHERE m.case_id = c.id) DESC, c.id"
            )
        ).all()
        for case in candidates:
            found = [self.one(sql, case=case.id) for sql in needed]
            if all(found):
                values = {"municipality": self.slugs[case.municipality_id], "case_id": case.id}
                for name, row in zip(
                    [n for n in sorted(names) if n in CASE_ROWS], found, strict=True
                ):
                    values[name] = row.id
                if "kind" in names:
                    values["kind"] = self._kind(case.id)
                    if values["kind"] is None:
                        continue
                if "number" in names:
                    values["number"] = 1
                return values, case.username
        raise AssertionError(f"the demo has no case for {rule.rule}")

    def _kind(self, case_id: str) -> str | None:
        row = self.one("SELECT kind FROM casedocument WHERE case_id = :case", case=case_id)
        return row.kind if row else None

    def _team(self, names: set[str]) -> tuple[dict, str | None]:
        """A referral the team still handles (for the queue's forms), its team and chair."""
        referral = self.one(
            "SELECT r.id, r.team_id, r.case_id, r.municipality_id FROM teamreferral r "
            "WHERE r.status != 'closed' ORDER BY r.id"
        )
        if "name" in names or "token" in names:
            referral = self.one(
                "SELECT r.id, r.team_id, r.case_id, r.municipality_id FROM teamreferral r "
                "JOIN teamevaluation e ON e.referral_id = r.id ORDER BY r.id"
            )
        slug = self.slugs[referral.municipality_id]
        values = {
            "municipality": slug,
            "team_id": referral.team_id,
            "referral_id": referral.id,
            "name": "protokoll",
        }
        member = self.one("SELECT id FROM teammember WHERE team_id = :t", t=referral.team_id)
        day = self.one("SELECT id FROM teammeeting WHERE team_id = :t", t=referral.team_id)
        values.update(member_id=member.id, day_id=day.id)
        if "token" in names:
            evaluation = self.one(
                "SELECT token FROM teamevaluation WHERE referral_id = :r", r=referral.id
            )
            return {**values, "token": evaluation.token}, None
        return values, f"{slug}.titkoordinator"

    def _administration(self, names: set[str]) -> dict:
        """A member of Bærum's staff (the coordinator), one of their roles, and a unit."""
        member = self.one(
            "SELECT m.id, m.user_id, m.unit_id FROM membership m "
            "JOIN staffuser u ON u.id = m.user_id WHERE u.username = 'baerum.koordinator'"
        )
        return {
            "municipality": "baerum",
            "user_id": member.user_id,
            "membership_id": member.id,
            "unit_id": member.unit_id,
            # Sending a notice again: the form is refused before it looks (POST only).
            "notification_id": 1,
        }

    def _notification(self) -> tuple[dict, str]:
        """A notice about a case (the demo's stories queue them), and the one it is for."""
        notice = self.one(
            "SELECT n.id, n.municipality_id, u.username FROM notification n "
            "JOIN staffuser u ON u.id = n.user_id WHERE n.case_id IS NOT NULL ORDER BY n.id"
        )
        slug = self.slugs[notice.municipality_id]
        return {"municipality": slug, "notification_id": notice.id}, notice.username

    def _citizen(self, names: set[str]) -> dict:
        values = {"municipality": "tromso"}
        if "case_id" in names:
            values["case_id"] = self.citizen_case
        if "notification_id" in names:
            # The citizen's own notice where the demo queued one (an invitation to a meeting).
            notice = self.one(
                "SELECT n.id FROM notification n JOIN citizen c ON c.id = n.citizen_id "
                "WHERE c.username = :username ORDER BY n.id",
                username=CITIZEN,
            )
            values["notification_id"] = notice.id if notice else 1
        return values


#: A team's own page and settings: its administrator's, not its chair's.
TEAM_ADMINISTRATION = {
    "teams.edit",
    "teams.update",
    "teams.units",
    "teams.add_member",
    "teams.remove_member",
}
#: Pages for anyone, signed in or not.
PUBLIC = {
    "home.index",
    "health.healthz",
    "auth.sign_in",
    "municipality.start",
    "rules_page.show",
    "rules_page.guide_coverage",
}
