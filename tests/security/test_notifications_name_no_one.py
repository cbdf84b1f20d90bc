"""No names outside the system (DESIGN.md; Bærum: «navn må ikke oppgis i epost»): for a demo
case in each municipality, one notification of every kind (the meeting ones with their
calendar) is sent through a real SMTP server, and every subject, body, header and
attachment that arrived is scanned for every demo person's name, the children's birth
dates in the ways they are written, and every fødselsnummer. And once a report keeps the
guardians out, nothing is queued or sent for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage

import pytest
from babel.dates import format_date
from sqlmodel import select

from bti import clock, create_app
from bti.ical import Method, calendar
from bti.models import (
    Case,
    Citizen,
    Guardian,
    Meeting,
    Notification,
    NotificationKind,
    StaffUser,
    Subject,
)
from bti.services import guardians, notifications
from bti.services.meetings import invitations
from tests.security.routes import copy_database
from tests.support.smtp import MailServer


@pytest.fixture
def demo(demo_file, tmp_path, mail_server: MailServer) -> Iterator:
    """The four municipalities' demo, sending through ``mail_server``; every employee has a
    work address that names no one."""
    copy_database(demo_file, tmp_path / "bti.sqlite3")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bti.sqlite3'}",
            **mail_server.config(),
        }
    )
    db = app.extensions["bti_db"]
    with db.unscoped() as session, session.begin():
        for user in session.exec(select(StaffUser)):
            user.email = f"ansatt{user.id}@kommune.example"
    yield app
    db.dispose()


def calendar_for(session, municipality, meeting: Meeting, kind: NotificationKind) -> str:
    """The calendar a meeting's notice carries, as the meeting services build it: an
    invitation (a REQUEST with the organiser and the staff invited) or a cancellation."""
    method = Method.CANCEL if kind == NotificationKind.MEETING_CANCELLED else Method.REQUEST
    url = invitations.link(municipality, meeting.case_id, meeting.id)
    entry = invitations.entry(session, municipality=municipality, meeting=meeting, url=url)
    return calendar(entry, method=method, stamp=clock.now())


def _demo_case(session) -> tuple[Case, Meeting]:
    """A case with a meeting, the guardians involved (a stafettholder's where there is one:
    Bærum's cases go to the team instead)."""
    for case in session.exec(
        select(Case)
        .where(Case.guardians_kept_out == False)  # noqa: E712
        .order_by(Case.stafettholder_id.is_(None), Case.id)
    ):
        meeting = session.exec(
            select(Meeting).where(Meeting.case_id == case.id, Meeting.on_hold == False)  # noqa: E712
        ).first()
        if meeting is not None:
            return case, meeting
    raise AssertionError("the demo has no case with a meeting")


def _queue_every_kind(app, slug: str, municipality_id: int) -> int:
    municipality = app.extensions["bti"][slug]
    db = app.extensions["bti_db"]
    with app.test_request_context(), db.transaction(municipality_id) as session:
        case, meeting = _demo_case(session)
        told = case.stafettholder_id or case.opened_by_id
        for kind in NotificationKind:
            is_meeting = kind.startswith("meeting_")
            notifications.queue(
                session,
                kind=kind,
                case=case,
                user_id=told,
                meeting_id=meeting.id if is_meeting else None,
                calendar=calendar_for(session, municipality, meeting, kind) if is_meeting else "",
            )
    return len(NotificationKind)


def _send(app) -> None:
    result = app.test_cli_runner().invoke(args=["notifications", "send"])
    assert result.exit_code == 0, result.output


def _everything_in(mail: EmailMessage) -> str:
    """What a reader, a mail server or a calendar could see: every header and every part,
    decoded, attachments included."""
    seen = [f"{name}: {value}" for name, value in mail.items()]
    for part in mail.walk():
        seen += [f"{name}: {value}" for name, value in part.items()]
        if not part.is_multipart():
            seen.append(str(part.get_content()))
    return "\n".join(seen)


def _dates(day: date) -> list[str]:
    written = {
        day.strftime("%d.%m.%Y"),
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        day.strftime("%d%m%y"),
        day.strftime("%Y%m%d"),
        day.strftime("%d/%m/%Y"),
    }
    for locale in ("nb", "nn", "en"):
        for form in ("long", "medium"):
            written.add(format_date(day, form, locale=locale))
    return sorted(written)


def _forbidden(app) -> set[str]:
    """Every demo person's name (whole, and each part of three letters or more), the
    children's birth and due dates as they are written, and every fødselsnummer."""
    found: set[str] = set()
    names: list[str] = []
    db = app.extensions["bti_db"]
    for municipality_id in db.municipality_ids().values():
        with db.scoped(municipality_id) as session:
            for subject in session.exec(select(Subject)):
                names.append(f"{subject.given_name} {subject.family_name}")
                for day in (subject.birth_date, subject.due_date):
                    if day is not None:
                        found.update(_dates(day))
                if subject.fodselsnummer:
                    found.add(subject.fodselsnummer)
            for guardian in session.exec(select(Guardian)):
                names.append(guardian.name)
                if guardian.fodselsnummer:
                    found.add(guardian.fodselsnummer)
            for citizen in session.exec(select(Citizen)):
                names.append(citizen.display_name)
                found.add(citizen.fodselsnummer)
    with db.unscoped() as session:
        names += [n for n in session.exec(select(StaffUser.display_name))]
    for name in names:
        found.add(name)
        found.update(part for part in re.split(r"[\s\-]+", name) if len(part) >= 3)
    return found


def test_no_notification_of_any_kind_names_anyone(demo, mail_server: MailServer):
    ids = demo.extensions["bti_db"].municipality_ids()
    queued = sum(_queue_every_kind(demo, slug, mid) for slug, mid in sorted(ids.items()))
    _send(demo)
    assert len(mail_server.received) == queued == 4 * len(NotificationKind)
    calendars = [
        part
        for mail in mail_server.received
        for part in mail.iter_attachments()
        if part.get_content_type() == "text/calendar"
    ]
    assert len(calendars) == 4 * 3, "each meeting notice carries its calendar"
    for part in calendars:
        text = part.get_content()
        assert "METHOD:REQUEST" in text or "METHOD:CANCEL" in text
        assert "ORGANIZER" in text and "ATTENDEE" in text, "the invitation names its addresses"
    forbidden = sorted(_forbidden(demo))
    assert len(forbidden) > 100, "the demo's people were found"
    problems = []
    for mail in mail_server.received:
        text = _everything_in(mail)
        for word in forbidden:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                problems.append(f"{mail['Subject']!s}: {word!r}")
    assert not problems, "\n".join(problems[:20])


def _guardian_citizens(session, case: Case) -> list[int]:
    numbers = session.exec(
        select(Guardian.fodselsnummer).where(
            Guardian.subject_id == case.subject_id, Guardian.fodselsnummer.is_not(None)
        )
    ).all()
    return list(session.exec(select(Citizen.id).where(Citizen.fodselsnummer.in_(numbers))))


def test_once_the_guardians_are_kept_out_nothing_goes_to_them(demo, mail_server: MailServer):
    db = demo.extensions["bti_db"]
    tromso = db.municipality_ids()["tromso"]
    municipality = demo.extensions["bti"]["tromso"]
    with db.scoped(tromso) as session:
        [case_id] = session.exec(
            select(Case.id)
            .join(Guardian, Guardian.subject_id == Case.subject_id)
            .join(Citizen, Citizen.fodselsnummer == Guardian.fodselsnummer)
            .where(Case.guardians_kept_out == False)  # noqa: E712
            .limit(1)
        ).all()
    with db.transaction(tromso) as session:
        for citizen in session.exec(select(Citizen)):
            citizen.email = "foresatt@hjemme.example"

    def invite_the_guardians() -> list:
        with demo.app_context(), db.transaction(tromso) as session:
            case = session.get(Case, case_id)
            return [
                notifications.queue(
                    session, kind=NotificationKind.MEETING_INVITED, case=case, citizen_id=cid
                )
                for cid in _guardian_citizens(session, case)
            ]

    before = invite_the_guardians()
    assert before and all(before), "queued while the guardians take part"
    # The report that keeps them out comes before the worker's next pass.
    with demo.app_context(), db.transaction(tromso) as session:
        guardians.keep_out(session, municipality=municipality, case=session.get(Case, case_id))
    assert invite_the_guardians() == [None] * len(before)
    _send(demo)
    assert mail_server.to("foresatt@hjemme.example") == []
    with db.scoped(tromso) as session:
        left = session.exec(
            select(Notification).where(
                Notification.case_id == case_id, Notification.citizen_id.is_not(None)
            )
        )
        assert left.all() == []
