"""The records of an archive copy: everything the case's record holds, in the order it
happened, with who and when, in the municipality's words (its levels, meeting kinds and
decisions as its guide names them, in its own written standard).

:func:`snapshot` returns the JSON document described by
``platform/bti/data/archive/stafettlogg-v1.schema.json`` (and ``docs/archive-export.md``).
It reads rows of a case the caller has already read and audited. While a report keeps the
guardians out, the copy names no guardian: their names are left out of the people and
hidden in what staff wrote, as every printout does (:class:`bti.services.guardians.Hider`).
Entries «Kun for helsepersonell» are kept, marked ``health_internal``; who reads a copy sees
them only as the stafettlogg would show them (:mod:`bti.services.archive.copies`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, datetime
from typing import Any

from babel.dates import format_date, format_datetime
from flask import has_app_context
from sqlmodel import Session, select

from bti.guide_text.words import in_language
from bti.i18n import gettext as _
from bti.models import BarnevernReport, Case, CaseParticipant, Guardian, Subject, Unit
from bti.plugins import Municipality
from bti.services import guardians
from bti.services.archive.parts import Parts, detail, iso
from bti.services.printouts import display_names

SCHEMA = "stafettlogg-v1"
SCHEMA_VERSION = 1

ORDER = (
    "opened",
    "report",
    "consent",
    "meeting",
    "entry",
    "measure",
    "evaluation",
    "decision",
    "handover",
    "part_closed",
    "closed",
)


def snapshot(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    made_at: datetime,
    reason: str,
    made_by_id: int,
    participant: CaseParticipant | None = None,
) -> dict[str, Any]:
    """The whole record of ``case`` as it stands, as the JSON of an archive copy. Its words
    come from the municipality's catalogs, which the application holds: outside an
    application context (a service driven alone, in a test) they stay as written in code."""
    words = (
        in_language(municipality, municipality.profile.malform.value)
        if has_app_context()
        else nullcontext()
    )
    with words:
        return Reader(session, municipality, case).document(
            made_at=made_at, reason=reason, made_by_id=made_by_id, participant=participant
        )


def _in_order(record: dict) -> tuple:
    row = record["ref"]["id"]
    return record["at"], ORDER.index(record["kind"]), row if isinstance(row, int) else 0


class Reader(Parts):
    """Reads one case's rows (one query per table) and words them."""

    def __init__(self, session: Session, municipality: Municipality, case: Case):
        self.session = session
        self.municipality = municipality
        self.case = case
        self.subject = session.get(Subject, case.subject_id)
        self.kept_out = guardians.excluded(case)
        self.hide: Callable[[str], str] = guardians.Hider(session, case)
        self.names: dict[int, str] = {}
        self.lang = municipality.profile.malform.value
        self.tz = municipality.profile.tz
        self.guardian_names: dict[int, str] = {}
        if not self.kept_out:
            rows = session.exec(select(Guardian).where(Guardian.subject_id == case.subject_id))
            self.guardian_names = {gd.id: gd.name for gd in rows}

    def _rows(self, model, *where, order=None) -> list:
        query = select(model).where(*where)
        if order is not None:
            query = query.order_by(order)
        return list(self.session.exec(query))

    def name(self, user_id: int | None) -> str:
        """A staff member's display name, read once."""
        if user_id is not None and user_id not in self.names:
            self.names[user_id] = display_names(self.session, [user_id]).get(user_id, "")
        return self.names.get(user_id, "")

    def moment(self, at: datetime | None) -> str:
        """«6. desember 2026 kl. 12:05», in the municipality's time and written standard."""
        if at is None:
            return ""
        day = format_datetime(at, "d. MMMM y", tzinfo=self.tz, locale=self.lang)
        return _("%(date)s at %(time)s", date=day, time=f"{at.astimezone(self.tz):%H:%M}")

    def day(self, on: date | None) -> str:
        return format_date(on, "d. MMMM y", locale=self.lang) if on is not None else ""

    def level_name(self, number: int | None) -> str:
        if number is None:
            return ""
        try:
            name = self.municipality.level(number).name
        except KeyError:
            return _("Level %(number)s", number=number)
        return f"{_('Level %(number)s', number=number)}: {name}"

    # -- the document ---------------------------------------------------------------------

    def document(self, *, made_at, reason, made_by_id, participant) -> dict[str, Any]:
        case, subject, profile = self.case, self.subject, self.municipality.profile
        unit = self.session.get(Unit, case.unit_id) if case.unit_id else None
        records = [
            *self.opening(),
            *self.reports(),
            *self.consents(),
            *self.meetings(),
            *self.entries(),
            *self.measures(),
            *self.decisions(),
            *self.handovers(),
            *self.parts_closed(),
        ]
        records.sort(key=_in_order)
        whose = None
        if participant is not None:
            part_unit = self.session.get(Unit, participant.unit_id) if participant.unit_id else None
            whose = {
                "name": self.name(participant.user_id),
                "unit": part_unit.name if part_unit else "",
            }
        return {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "language": profile.malform.value,
            "made_at": iso(made_at),
            "reason": str(reason),
            "made_by": self.name(made_by_id),
            "participant": whose,
            "municipality": {"name": profile.name, "kommunenummer": profile.kommunenummer},
            "case": {
                "id": case.id,
                "opened_at": iso(case.opened_at),
                "closed_at": iso(case.closed_at),
                "status": str(case.status),
                "level": case.level,
                "level_name": self.level_name(case.level),
                "unit": unit.name if unit else "",
                "stafettholder": self.name(case.stafettholder_id),
                "guardians_kept_out": self.kept_out,
            },
            "subject": {
                "name": f"{subject.given_name} {subject.family_name}",
                "birth_date": subject.birth_date.isoformat() if subject.birth_date else None,
                "due_date": subject.due_date.isoformat() if subject.due_date else None,
                "fodselsnummer": subject.fodselsnummer or None,
            },
            "records": records,
        }

    def record(self, kind, table, row_id, at, by, title, text="", details=(), **extra) -> dict:
        return {
            "kind": kind,
            "ref": {"table": table, "id": row_id},
            "at": iso(at),
            "when": self.moment(at),
            "by": by,
            "title": str(title),
            "text": self.hide(text or ""),
            "details": [d for d in details if d["value"]],
            "health_internal": extra.get("health_internal", False),
            "child_voice": self.hide(extra.get("child_voice", "") or ""),
        }

    # -- the parts ------------------------------------------------------------------------

    def opening(self) -> list[dict]:
        case = self.case
        details = [
            detail(_("Level"), self.level_name(0)),
            detail(_("What has been seen or heard"), self.hide(case.seen_or_heard)),
            detail(_("What the child said or did"), self.hide(case.child_said_or_did)),
        ]
        title = _("The case was opened")
        found = [
            self.record(
                "opened",
                "case",
                case.id,
                case.opened_at,
                self.name(case.opened_by_id),
                title,
                case.concern,
                details,
            )
        ]
        if case.closed_at is not None:
            found.append(
                self.record("closed", "case", case.id, case.closed_at, "", _("The case was closed"))
            )
        return found

    def reports(self) -> list[dict]:
        rows = self._rows(BarnevernReport, BarnevernReport.case_id == self.case.id)
        return [
            self.record(
                "report",
                "barnevernreport",
                r.id,
                r.reported_at,
                self.name(r.reported_by_id),
                _("Report to barnevern"),
                "",
                [
                    detail(_("Received by"), r.recipient),
                    detail(
                        _("The police were notified too"), _("Yes") if r.police_notified else ""
                    ),
                ],
            )
            for r in rows
        ]
